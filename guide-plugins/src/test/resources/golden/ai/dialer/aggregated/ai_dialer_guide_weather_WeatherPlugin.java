package ai.dialer.aggregated;

import ai.dialer.guide.weather.WeatherPlugin;
import ai.dialer.guide.weather.WeatherPlugin_Invoker;
import ai.dialer.runtime.aggregation.AggregatedPlugin;
import javax.annotation.processing.Generated;

/**
 * The plugin "WeatherPlugin" of this jar, for the servers built with it.
 */
@AggregatedPlugin(
    name = "WeatherPlugin",
    plugin = WeatherPlugin.class,
    invoker = WeatherPlugin_Invoker.class,
    tools = {"WeatherPlugin"}
)
@Generated("ai.dialer.processor.PluginProcessor")
public final class ai_dialer_guide_weather_WeatherPlugin {
  private ai_dialer_guide_weather_WeatherPlugin() {
  }
}
