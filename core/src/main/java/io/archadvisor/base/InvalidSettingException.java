package io.archadvisor.base;

/**
 * A setting — a builder option, a reading limit, the value of a command-line flag — is outside its range; the message
 * names the setting, the value given and the range it must be in.
 */
public final class InvalidSettingException extends ArchAdvisorException {

    private static final long serialVersionUID = 1L;

    private final String setting;

    /** An exception about {@code setting} (such as {@code Advisor.builder().maxRuleFirings}) saying what is wrong. */
    public InvalidSettingException(String setting, String message) {
        super(message);
        this.setting = setting;
    }

    /** The setting, such as {@code Advisor.builder().maxRuleFirings}. */
    public String setting() {
        return setting;
    }
}
