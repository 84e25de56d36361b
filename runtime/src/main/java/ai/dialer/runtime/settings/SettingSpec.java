package ai.dialer.runtime.settings;

/**
 * One setting, as {@code --help} lists it.
 *
 * @param name the variable ({@code WEATHER_PLUGIN_FORECAST_URL})
 * @param type what its value is, in words ({@code an http or https URL})
 * @param defaultValue its default as written in the environment, or null
 * @param description what it does
 * @param required whether the server cannot start without it
 * @param secret whether its value is hidden wherever it could show
 */
public record SettingSpec(
    String name,
    String type,
    String defaultValue,
    String description,
    boolean required,
    boolean secret) {}
