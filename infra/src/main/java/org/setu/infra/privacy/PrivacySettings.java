package org.setu.infra.privacy;

/**
 * The master key ({@code setu.privacy.master-key}, usually given as {@code SETU_MASTER_KEY}) and, during a rotation,
 * the previous one ({@code setu.privacy.previous-master-key} / {@code SETU_MASTER_KEY_PREVIOUS}); blank: on the
 * embedded default the key in the data directory, otherwise a start-up failure (see {@link MasterKey}).
 */
public record PrivacySettings(String masterKey, String previousMasterKey) {

    public PrivacySettings {
        masterKey = masterKey == null ? "" : masterKey;
        previousMasterKey = previousMasterKey == null ? "" : previousMasterKey;
    }
}
