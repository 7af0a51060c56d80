package io.archadvisor.catalog;

/** What kind of technology a catalog entry describes, following the seed's technology lists. */
public enum Category {
    /** A programming language or runtime, such as Node.js or Java. */
    LANGUAGE,
    /** An application framework, such as Spring Boot. */
    FRAMEWORK,
    /** A database or cache, such as PostgreSQL or Redis. */
    DATABASE,
    /** A queue, broker or event stream, such as Kafka. */
    QUEUE,
    /** A cloud or hosting platform, such as AWS or Vercel. */
    CLOUD,
    /** Serverless compute, such as AWS Lambda. */
    SERVERLESS,
    /** Edge compute, such as Cloudflare Workers. */
    EDGE_PLATFORM,
    /** A database made for the edge, such as Turso. */
    EDGE_DATABASE,
    /** An IoT edge runtime, such as AWS IoT Greengrass. */
    IOT_EDGE,
    /** Metrics, traces, logs, dashboards or error tracking. */
    OBSERVABILITY,
    /** GitOps delivery, such as Argo CD. */
    GITOPS,
    /** Continuous integration and delivery pipelines. */
    CI,
    /** Infrastructure as code. */
    IAC,
    /** Container orchestration and runtimes. */
    ORCHESTRATION,
    /** A library applications depend on, such as log4j-core or lodash. */
    LIBRARY,
    /** A search engine, such as Elasticsearch. */
    SEARCH,
    /** A web server, reverse proxy, load balancer or API gateway, such as nginx or Envoy. */
    PROXY,
    /** A service mesh, such as Istio. */
    SERVICE_MESH,
    /** Identity, access and secrets management, such as Keycloak or Vault. */
    IDENTITY,
    /** An operating system or base image, such as Debian. */
    OPERATING_SYSTEM
}
