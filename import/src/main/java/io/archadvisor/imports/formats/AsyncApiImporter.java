package io.archadvisor.imports.formats;

import io.archadvisor.imports.ImportSettings;
import io.archadvisor.imports.Importer;
import io.archadvisor.imports.Origin;
import io.archadvisor.imports.PartialRequirements;
import io.archadvisor.imports.SourceFile;
import io.archadvisor.model.AuthMethod;
import io.archadvisor.yaml.YamlNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads AsyncAPI 2.x and 3.x contracts: channels and operations make the workload asynchronous; server protocols name
 * the broker ({@code kafka} is Kafka, {@code amqp} RabbitMQ, {@code nats} NATS) and WebSocket servers make it real
 * time; security schemes give authentication methods; servers that all use secure protocols give encryption in
 * transit.
 */
public final class AsyncApiImporter implements Importer {

    private static final Set<String> SECURE = Set.of(
            "kafka-secure", "amqps", "secure-mqtt", "mqtts", "wss", "https", "ibmmq-secure", "stomps", "jms-secure");

    @Override
    public String format() {
        return "asyncapi";
    }

    @Override
    public boolean accepts(SourceFile file) {
        if (!file.parses() || file.documents().size() != 1) {
            return false;
        }
        String version = Nodes.text(file.documents().get(0), "asyncapi");
        return version != null && (version.startsWith("2.") || version.startsWith("3."));
    }

    @Override
    public PartialRequirements read(List<SourceFile> files, ImportSettings settings) {
        PartialRequirements out = new PartialRequirements(format());
        for (SourceFile f : files) {
            read(f, out, settings);
        }
        return out;
    }

    private static void read(SourceFile f, PartialRequirements out, ImportSettings settings) {
        YamlNode root = f.documents().get(0);
        String title = Nodes.text(root, "info", "title");
        int channels = Nodes.entries(Nodes.get(root, "channels")).size();
        if (channels > 0) {
            out.value(
                    "workload.asyncWorkflows",
                    true,
                    Origin.inferred(
                            Nodes.get(root, "channels").location(),
                            channels
                                    + " channel" + (channels == 1 ? "" : "s") + " of the AsyncAPI contract "
                                    + (title == null ? "" : title)));
        }
        boolean allSecure = true;
        List<YamlNode.Entry> servers = Nodes.entries(Nodes.get(root, "servers"));
        for (YamlNode.Entry s : servers) {
            YamlNode protocol = Nodes.get(s.value(), "protocol");
            String p = Nodes.text(protocol);
            if (p == null) {
                allSecure = false;
                continue;
            }
            p = p.toLowerCase(Locale.ROOT);
            allSecure &= SECURE.contains(p);
            String technology = switch (p) {
                case "kafka", "kafka-secure" -> "kafka";
                case "amqp", "amqps" -> "rabbitmq";
                case "nats" -> "nats";
                case "pulsar" -> "pulsar";
                case "sqs" -> "sqs";
                case "sns" -> "sns";
                case "googlepubsub" -> "pubsub";
                case "mqtt", "secure-mqtt", "mqtts", "mqtt5" -> "mqtt";
                case "redis" -> "redis";
                case "solace" -> "solace";
                case "ibmmq", "ibmmq-secure" -> "ibm-mq";
                default -> null;
            };
            Origin o = Origin.inferred(protocol.location(), "the protocol " + p + " of the server " + s.key());
            if (technology != null) {
                String version = Nodes.text(s.value(), "protocolVersion");
                out.technology(settings.canonical(technology), technology.equals("kafka") ? version : null, o);
            } else if (p.equals("ws") || p.equals("wss")) {
                out.value("workload.realTime", true, o);
            }
        }
        if (!servers.isEmpty() && allSecure) {
            out.value(
                    "security.encryptionInTransit",
                    true,
                    Origin.inferred(
                            Nodes.get(root, "servers").location(),
                            "every server of the AsyncAPI contract uses a secure protocol"));
        }
        for (YamlNode.Entry e : Nodes.entries(Nodes.get(root, "components", "securitySchemes"))) {
            YamlNode type = Nodes.get(e.value(), "type");
            AuthMethod m = OpenApiImporter.method(
                    Nodes.text(type), Nodes.text(e.value(), "scheme"), Nodes.text(e.value(), "bearerFormat"));
            if (m != null) {
                out.item(
                        "security.authentication",
                        m,
                        Origin.inferred(
                                type.location(), "the security scheme " + e.key() + " of type " + Nodes.text(type)));
            } else if (type != null) {
                out.note(
                        type.location(),
                        "the security scheme " + e.key() + " (" + Nodes.text(type)
                                + ") is no authentication method archadvisor names; left out");
            }
        }
    }
}
