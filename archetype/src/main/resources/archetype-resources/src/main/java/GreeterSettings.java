package ${package};

import ai.dialer.annotation.Setting;
import ai.dialer.annotation.Settings;

/**
 * The greeter's settings: GREETER_PLUGIN_GREETING in the environment or in .env, read when the
 * server starts. java -jar target/${artifactId}-server.jar --help lists them.
 */
@Settings(prefix = "GREETER_PLUGIN")
public record GreeterSettings(
    @Setting(description = "the word a greeting starts with", defaultValue = "Hello")
        String greeting) {}
