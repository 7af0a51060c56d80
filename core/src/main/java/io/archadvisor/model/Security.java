package io.archadvisor.model;

import java.util.List;

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
        List<AuthMethod> authentication,
        AuthzModel authorization,
        Boolean encryptionInTransit,
        Boolean encryptionAtRest,
        Boolean secretsManagement,
        Boolean auditLogging,
        Boolean zeroTrust,
        Boolean leastPrivilege,
        Boolean keyRotation,
        Boolean inputValidation,
        Boolean sbom,
        Boolean artifactSigning,
        Boolean dependencyScanning,
        List<SecurityControl> relaxedDefaults) {

    /** Validates every given value; {@code null} means unknown. */
    public Security {
        authentication = Checks.list("security.authentication", authentication);
        relaxedDefaults = Checks.list("security.relaxedDefaults", relaxedDefaults);
    }
}
