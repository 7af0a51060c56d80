package io.archadvisor.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The security posture already in place or planned.
 *
 * @param authentication authentication
 * @param authorization authorization
 * @param encryptionInTransit encryptionInTransit
 * @param encryptionAtRest encryptionAtRest
 * @param secretsManagement secretsManagement
 * @param auditLogging auditLogging
 * @param zeroTrust zeroTrust
 * @param leastPrivilege leastPrivilege
 * @param keyRotation keyRotation
 * @param inputValidation inputValidation
 * @param sbom sbom
 * @param artifactSigning artifactSigning
 * @param dependencyScanning dependencyScanning
 * @param relaxedDefaults relaxedDefaults
 */
public record Security(
        @Nullable List<AuthMethod> authentication,
        @Nullable AuthzModel authorization,
        @Nullable Boolean encryptionInTransit,
        @Nullable Boolean encryptionAtRest,
        @Nullable Boolean secretsManagement,
        @Nullable Boolean auditLogging,
        @Nullable Boolean zeroTrust,
        @Nullable Boolean leastPrivilege,
        @Nullable Boolean keyRotation,
        @Nullable Boolean inputValidation,
        @Nullable Boolean sbom,
        @Nullable Boolean artifactSigning,
        @Nullable Boolean dependencyScanning,
        @Nullable List<SecurityControl> relaxedDefaults) {

    /** Validates every given value; {@code null} means unknown. */
    public Security {
        authentication = Checks.list("security.authentication", authentication);
        relaxedDefaults = Checks.list("security.relaxedDefaults", relaxedDefaults);
    }
}
