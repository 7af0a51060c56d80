package io.archadvisor.model;

import io.archadvisor.base.Problem;
import io.archadvisor.base.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cross-references of a proposal, which no single record can check: every call, datastore and {@code deploysWith}
 * names something the proposal declares, names are unique, and no service calls or deploys with itself. Each problem
 * has the field path of the offending value, the value, and what to do, with "did you mean" when a declared name is
 * close; the requirements reader adds the {@code file:line:column}.
 */
public final class References {

    private References() {}

    /** Every broken reference of the requirements' proposal, in document order; empty when there is none. */
    public static List<Problem> check(Requirements requirements) {
        return requirements == null || requirements.proposal() == null ? List.of() : check(requirements.proposal());
    }

    /** Every broken reference of a proposal, with paths from the requirements' root ({@code proposal.services[0]...}). */
    public static List<Problem> check(Proposal proposal) {
        if (proposal == null) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        List<ServiceSpec> services = proposal.services() == null ? List.of() : proposal.services();
        List<DatastoreSpec> stores = proposal.datastores();
        Set<String> serviceNames = new LinkedHashSet<>();
        Map<String, Integer> firstService = new HashMap<>();
        for (int i = 0; i < services.size(); i++) {
            String name = services.get(i).name();
            serviceNames.add(name);
            Integer first = firstService.putIfAbsent(name, i);
            if (first != null) {
                problems.add(Problem.of(
                        "proposal.services[" + i + "].name",
                        name,
                        "is also the name of"
                                + " proposal.services[" + first
                                + "]; service names must be unique: rename one, or merge the"
                                + " two entries"));
            }
        }
        Set<String> storeNames = new LinkedHashSet<>();
        if (stores != null) {
            Map<String, Integer> firstStore = new HashMap<>();
            for (int i = 0; i < stores.size(); i++) {
                String name = stores.get(i).name();
                storeNames.add(name);
                Integer first = firstStore.putIfAbsent(name, i);
                if (first != null) {
                    problems.add(Problem.of(
                            "proposal.datastores[" + i + "].name",
                            name,
                            "is also the name of"
                                    + " proposal.datastores[" + first
                                    + "]; datastore names must be unique: rename one, or"
                                    + " merge the two entries"));
                }
            }
        }
        for (int i = 0; i < services.size(); i++) {
            ServiceSpec s = services.get(i);
            String at = "proposal.services[" + i + "]";
            List<ServiceCall> calls = s.calls() == null ? List.of() : s.calls();
            for (int k = 0; k < calls.size(); k++) {
                String to = calls.get(k).to();
                String path = at + ".calls[" + k + "].to";
                if (to.equals(s.name())) {
                    problems.add(Problem.of(
                            path,
                            to,
                            "is the calling service itself; a service does not call itself"
                                    + " through the network: remove the call"));
                } else if (!serviceNames.contains(to)) {
                    problems.add(Problem.of(path, to, unknown("service", to, serviceNames, "proposal.services")));
                }
            }
            List<String> used = s.datastores() == null ? List.of() : s.datastores();
            if (stores != null) {
                for (int k = 0; k < used.size(); k++) {
                    String name = used.get(k);
                    if (!storeNames.contains(name)) {
                        problems.add(Problem.of(
                                at + ".datastores[" + k + "]",
                                name,
                                unknown("datastore", name, storeNames, "proposal.datastores")));
                    }
                }
            }
            List<String> with = s.deploysWith() == null ? List.of() : s.deploysWith();
            for (int k = 0; k < with.size(); k++) {
                String name = with.get(k);
                String path = at + ".deploysWith[" + k + "]";
                if (name.equals(s.name())) {
                    problems.add(Problem.of(
                            path,
                            name,
                            "is the service itself; list only the other services it must"
                                    + " be deployed together with"));
                } else if (!serviceNames.contains(name)) {
                    problems.add(Problem.of(path, name, unknown("service", name, serviceNames, "proposal.services")));
                }
            }
        }
        return List.copyOf(problems);
    }

    private static String unknown(String kind, String name, Set<String> declared, String where) {
        StringBuilder sb = new StringBuilder("names no " + kind + " declared in " + where);
        Suggestions.best(name, declared)
                .ifPresentOrElse(
                        best -> sb.append("; did you mean `").append(best).append("`?"),
                        () -> sb.append(
                                declared.isEmpty()
                                        ? "; none is declared: add it there"
                                        : "; declare it there, or use one of: " + listed(declared) + "."));
        return sb.toString();
    }

    private static String listed(Set<String> names) {
        List<String> all = List.copyOf(names);
        return all.size() <= 10
                ? String.join(", ", all)
                : String.join(", ", all.subList(0, 10)) + " and " + (all.size() - 10) + " more";
    }
}
