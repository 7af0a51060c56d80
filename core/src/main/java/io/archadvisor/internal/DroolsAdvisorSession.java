package io.archadvisor.internal;

import io.archadvisor.base.ArchAdvisorException;
import io.archadvisor.base.Problem;
import io.archadvisor.facts.Facts;
import io.archadvisor.facts.InputFact;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.model.Edits;
import io.archadvisor.model.Proposal;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.RequirementsException;
import io.archadvisor.model.ServiceCall;
import io.archadvisor.model.ServiceSpec;
import io.archadvisor.model.SourceMap;
import io.archadvisor.pack.RuleExecutionException;
import io.archadvisor.whatif.AdvisorSession;
import io.archadvisor.whatif.GraphDelta;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * A long-lived session: a change deletes the facts that no longer hold and inserts the new ones, and truth
 * maintenance retracts every conclusion that rested on a deleted fact before the rules fire again.
 */
final class DroolsAdvisorSession implements AdvisorSession {

    private final DroolsAdvisor advisor;
    private KieSession session;
    private ProvenanceRecorder recorder;
    private final Map<InputFact, FactHandle> handles = new LinkedHashMap<>();
    private Requirements requirements;
    private RecommendationGraph graph;
    private boolean broken;
    /** Set while an evaluation owns the session; one that fails disposes it, at once or when its rule returns. */
    private final java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();

    private boolean closed;
    /** Whether the session still needs its advice context and reference facts. */
    private boolean fresh;

    DroolsAdvisorSession(DroolsAdvisor advisor, Requirements requirements) {
        this.advisor = advisor;
        open();
        try {
            apply(requirements);
        } catch (RuntimeException e) {
            if (!released.get()) {
                session.dispose();
            }
            throw e;
        }
    }

    /** A fresh session; its advice context and reference facts are inserted with the first change, on the worker. */
    private void open() {
        session = advisor.kieBase.newKieSession();
        recorder = new ProvenanceRecorder();
        handles.clear();
        released.set(false);
        fresh = true;
        session.addEventListener((AgendaEventListener) recorder);
        session.addEventListener((RuleRuntimeEventListener) recorder);
    }

    @Override
    public Requirements requirements() {
        check();
        return requirements;
    }

    @Override
    public RecommendationGraph graph() {
        check();
        return graph;
    }

    @Override
    public GraphDelta set(String path, Object value) {
        check();
        return update(Edits.set(requirements, path, value));
    }

    @Override
    public GraphDelta clear(String path) {
        check();
        return update(Edits.clear(requirements, path));
    }

    @Override
    public GraphDelta addService(ServiceSpec service) {
        Objects.requireNonNull(service, "service");
        check();
        List<ServiceSpec> services = new ArrayList<>(services());
        if (services.stream().anyMatch(s -> s.name().equals(service.name()))) {
            throw new RequirementsException(List.of(Problem.of(
                    "proposal.services",
                    service.name(),
                    "already has a service of this name; remove it first or choose another name")));
        }
        services.add(service);
        return update(withServices(services));
    }

    private RequirementsException noSuchService(String name) {
        List<String> names = services().stream().map(ServiceSpec::name).toList();
        return new RequirementsException(List.of(Problem.of(
                "proposal.services",
                name,
                "has no service of this name"
                        + io.archadvisor.base.Suggestions.best(String.valueOf(name), names)
                                .map(n -> "; did you mean `" + n + "`?")
                                .orElse("; it has " + (names.isEmpty() ? "none" : String.join(", ", names))))));
    }

    @Override
    public GraphDelta removeService(String name) {
        check();
        List<ServiceSpec> services = new ArrayList<>();
        boolean found = false;
        for (ServiceSpec s : services()) {
            if (s.name().equals(name)) {
                found = true;
                continue;
            }
            List<ServiceCall> calls = s.calls() == null
                    ? null
                    : s.calls().stream().filter(c -> !c.to().equals(name)).toList();
            List<String> with = s.deploysWith() == null
                    ? null
                    : s.deploysWith().stream().filter(n -> !n.equals(name)).toList();
            services.add(
                    new ServiceSpec(s.name(), s.datastores(), calls, s.instances(), with, s.practices(), s.exposure()));
        }
        if (!found) {
            throw noSuchService(name);
        }
        return update(withServices(services));
    }

    @Override
    public GraphDelta addDependency(String from, ServiceCall call) {
        Objects.requireNonNull(call, "call");
        check();
        return update(withServices(mapService(from, s -> {
            List<ServiceCall> calls = s.calls() == null ? new ArrayList<>() : new ArrayList<>(s.calls());
            calls.add(call);
            return s.withCalls(calls);
        })));
    }

    @Override
    public GraphDelta removeDependency(String from, String to) {
        check();
        return update(withServices(mapService(
                from,
                s -> s.withCalls(
                        s.calls() == null
                                ? null
                                : s.calls().stream()
                                        .filter(c -> !c.to().equals(to))
                                        .toList()))));
    }

    @Override
    public GraphDelta update(Requirements next) {
        Objects.requireNonNull(next, "next");
        check();
        advisor.checkReferences(next, SourceMap.empty()); // refused before anything changes: the session stays usable
        RecommendationGraph before = graph;
        apply(next);
        return GraphDelta.between(before, graph);
    }

    private void apply(Requirements next) {
        advisor.checkOpen();
        try {
            applyIncrementally(next);
        } catch (RuleExecutionException e) {
            if (!e.engineFailure()) {
                broken = true;
                throw e;
            }
            rebuild(next);
        } catch (ArchAdvisorException | java.util.concurrent.CancellationException e) {
            broken = true; // a limit, invalid requirements, or an interrupted caller
            throw e;
        } catch (RuntimeException e) {
            rebuild(next);
        }
    }

    /**
     * Starts a fresh session from the requirements: the fallback when the engine itself fails while propagating an
     * incremental change (Drools 10.2.0 can throw from its agenda bookkeeping), which a fresh evaluation avoids.
     */
    private void rebuild(Requirements next) {
        if (!released.get()) {
            session.dispose();
        }
        open();
        try {
            applyIncrementally(next);
        } catch (RuntimeException e) {
            broken = true;
            throw e;
        }
    }

    /** Deletes the facts that no longer hold, inserts the new ones and fires: all on a worker, under the limits. */
    private void applyIncrementally(Requirements next) {
        List<InputFact> facts = Facts.of(next);
        Set<InputFact> wanted = new HashSet<>(facts);
        advisor.run(session, recorder, released, () -> {
            if (fresh) {
                advisor.insertContext(session);
                fresh = false;
            }
            for (var it = handles.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                if (!wanted.contains(e.getKey())) {
                    session.delete(e.getValue());
                    it.remove();
                }
            }
            for (InputFact f : facts) {
                if (!handles.containsKey(f)) {
                    handles.put(f, session.insert(f));
                }
            }
        });
        graph = GraphAssembler.assemble(session, recorder);
        requirements = next;
    }

    private List<ServiceSpec> services() {
        Proposal p = requirements.proposal();
        return p == null || p.services() == null ? List.of() : p.services();
    }

    private List<ServiceSpec> mapService(String name, java.util.function.UnaryOperator<ServiceSpec> change) {
        List<ServiceSpec> out = new ArrayList<>();
        boolean found = false;
        for (ServiceSpec s : services()) {
            if (s.name().equals(name)) {
                found = true;
                out.add(change.apply(s));
            } else {
                out.add(s);
            }
        }
        if (!found) {
            throw noSuchService(name);
        }
        return out;
    }

    private Requirements withServices(List<ServiceSpec> services) {
        Proposal p = requirements.proposal();
        Proposal next = p == null
                ? new Proposal(null, services, null, null)
                : new Proposal(p.style(), services, p.datastores(), p.technologies());
        Requirements r = requirements;
        return new Requirements(
                r.system(),
                r.scale(),
                r.team(),
                r.budget(),
                r.timeline(),
                r.existing(),
                r.nfrs(),
                r.deployment(),
                r.workload(),
                r.domain(),
                r.dataAccess(),
                r.security(),
                r.observability(),
                next);
    }

    private void check() {
        if (closed) {
            throw new IllegalStateException(
                    "This what-if session is closed; open a new one with advisor.openSession(...)");
        }
        if (broken) {
            throw new IllegalStateException("This what-if session stopped on an earlier error and its state is no"
                    + " longer consistent; close it and open a new one with advisor.openSession(...)");
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            if (!released.get()) {
                session.dispose();
            }
        }
    }
}
