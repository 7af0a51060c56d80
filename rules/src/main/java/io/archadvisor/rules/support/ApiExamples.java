package io.archadvisor.rules.support;

import java.util.List;
import java.util.Locale;

/**
 * Renders the API examples of the API-design rules: endpoint definitions with example requests and responses, an
 * OpenAPI fragment and a gRPC service definition, for named resources.
 */
public final class ApiExamples {

    private ApiExamples() {}

    /** The resource a name stands for, as a path segment: {@code Order History} → {@code order-history}. */
    public static String resource(String name) {
        return Texts.slug(name);
    }

    /** A naive singular of a resource name: {@code orders} → {@code order}, {@code policies} → {@code policy}. */
    public static String singular(String resource) {
        if (resource.endsWith("ies") && resource.length() > 3) {
            return resource.substring(0, resource.length() - 3) + "y";
        }
        if (resource.endsWith("s") && !resource.endsWith("ss") && resource.length() > 1) {
            return resource.substring(0, resource.length() - 1);
        }
        return resource;
    }

    /** A type name for a resource: {@code order-history} → {@code OrderHistory}. */
    public static String typeName(String resource) {
        StringBuilder sb = new StringBuilder();
        for (String part : singular(resource).split("-")) {
            if (!part.isEmpty()) {
                sb.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return sb.length() == 0 ? "Item" : sb.toString();
    }

    /**
     * The endpoint definitions of each resource, then one example request and response for the first: list
     * (cursor-paginated), get, create (idempotent), update (conditional) and delete.
     */
    public static String endpoints(List<String> resources) {
        StringBuilder sb = new StringBuilder();
        for (String name : resources) {
            String r = resource(name);
            sb.append("\n  GET    /v1/")
                    .append(r)
                    .append("?limit=50&cursor={cursor}   list, newest first")
                    .append("\n  GET    /v1/")
                    .append(r)
                    .append("/{id}                       one ")
                    .append(singular(r))
                    .append("\n  POST   /v1/")
                    .append(r)
                    .append("  (Idempotency-Key header)    create → 201 + Location")
                    .append("\n  PATCH  /v1/")
                    .append(r)
                    .append("/{id}  (If-Match: <etag>)   partial update → 200 / 412")
                    .append("\n  DELETE /v1/")
                    .append(r)
                    .append("/{id}                       → 204");
        }
        if (!resources.isEmpty()) {
            String r = resource(resources.get(0));
            String one = singular(r);
            sb.append("\nExample:\n  POST /v1/")
                    .append(r)
                    .append(" HTTP/1.1\n  Idempotency-Key: 5f1c0e9a-7c1b-4d1e-9a51-2b0f4c6d8e21")
                    .append("\n  Content-Type: application/json\n  {\"reference\": \"")
                    .append(one)
                    .append("-2024-0042\"}")
                    .append("\n  → 201 Created\n  Location: /v1/")
                    .append(r)
                    .append("/")
                    .append(one)
                    .append("_8Kd2")
                    .append("\n  {\"id\": \"")
                    .append(one)
                    .append("_8Kd2\", \"reference\": \"")
                    .append(one)
                    .append("-2024-0042\", \"created_at\": \"2025-01-15T10:04:00Z\", \"version\": 1}")
                    .append("\n  GET /v1/")
                    .append(r)
                    .append("?limit=2")
                    .append("\n  → 200 OK\n  {\"data\": [{\"id\": \"")
                    .append(one)
                    .append("_8Kd2\"}, {\"id\": \"")
                    .append(one)
                    .append("_7Zq1\"}], \"next_cursor\": \"eyJjIjoiMjAyNS0wMS0xNVQxMDowNDowMFoiLCJpIjoiN1pxMSJ9\"}")
                    .append(
                            "\n  Errors use RFC 9457 problem details: {\"type\": \"https://errors.example.com/validation\",")
                    .append(
                            " \"title\": \"Invalid request\", \"status\": 422, \"errors\": [{\"field\": \"reference\", \"message\": \"required\"}]}");
        }
        return sb.toString();
    }

    /** An OpenAPI 3.1 fragment for listing one resource with cursor pagination. */
    public static String openApi(String name) {
        String r = resource(name);
        String type = typeName(r);
        return "\n  openapi: 3.1.0\n  info: {title: " + type + " API, version: 1.0.0}\n  paths:\n    /v1/" + r + ":"
                + "\n      get:\n        operationId: list" + type + "s"
                + "\n        parameters:"
                + "\n          - {name: limit, in: query, schema: {type: integer, minimum: 1, maximum: 100, default: 50}}"
                + "\n          - {name: cursor, in: query, schema: {type: string}}"
                + "\n        responses:"
                + "\n          '200': {description: a page, content: {application/json: {schema: {$ref: '#/components/schemas/"
                + type + "Page'}}}}"
                + "\n          '429': {description: rate limited, headers: {Retry-After: {schema: {type: integer}}}}";
    }

    /** A gRPC service definition for one resource, with a batch read. */
    public static String proto(String name) {
        String r = resource(name);
        String type = typeName(r);
        String pkg = singular(r).replace('-', '_');
        return "\n  syntax = \"proto3\";\n  package " + pkg + ".v1;\n  service " + type + "Service {"
                + "\n    rpc Get" + type + "(Get" + type + "Request) returns (" + type + ");"
                + "\n    rpc BatchGet" + type + "s(BatchGet" + type + "sRequest) returns (BatchGet" + type
                + "sResponse);\n  }\n  message Get" + type + "Request { string id = 1; }"
                + "\n  message BatchGet" + type + "sRequest { repeated string ids = 1; }  // at most 100"
                + "\n  message BatchGet" + type + "sResponse { repeated " + type + " items = 1; }";
    }
}
