package io.archadvisor.rules.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.archadvisor.catalog.Catalogs;
import io.archadvisor.catalog.TechnologyCatalog;
import org.junit.jupiter.api.Test;

class EmbeddedCatalogTest {

    @Test
    void theEmbeddedCatalogLoads() {
        TechnologyCatalog c = Catalogs.builtIn();
        assertFalse(c.entries().isEmpty());
    }
}
