package ai.dialer.aggregated;

import ai.dialer.guide.calendar.CalendarPlugin;
import ai.dialer.guide.calendar.CalendarPlugin_Invoker;
import ai.dialer.runtime.aggregation.AggregatedPlugin;
import javax.annotation.processing.Generated;

/**
 * The plugin "CalendarPlugin" of this jar, for the servers built with it.
 */
@AggregatedPlugin(
    name = "CalendarPlugin",
    plugin = CalendarPlugin.class,
    invoker = CalendarPlugin_Invoker.class,
    tools = {"CalendarPlugin_add", "CalendarPlugin_list", "CalendarPlugin_delete"}
)
@Generated("ai.dialer.processor.PluginProcessor")
public final class ai_dialer_guide_calendar_CalendarPlugin {
  private ai_dialer_guide_calendar_CalendarPlugin() {
  }
}
