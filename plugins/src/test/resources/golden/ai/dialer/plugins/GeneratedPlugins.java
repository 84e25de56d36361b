package ai.dialer.plugins;

import ai.dialer.plugins.notes.NoteTakerPlugin_Invoker;
import ai.dialer.plugins.notes.NotesSummaryPlugin_Invoker;
import ai.dialer.plugins.summary.SummarizerPlugin_Invoker;
import ai.dialer.plugins.translate.TranslatorPlugin_Invoker;
import ai.dialer.runtime.PluginDescriptor;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Every plugin of this compilation, known at compile time.
 */
@Generated("ai.dialer.processor.PluginProcessor")
public final class GeneratedPlugins {
  public static final List<PluginDescriptor> DESCRIPTORS = List.of(
      NoteTakerPlugin_Invoker.DESCRIPTOR,
      NotesSummaryPlugin_Invoker.DESCRIPTOR,
      SummarizerPlugin_Invoker.DESCRIPTOR,
      TranslatorPlugin_Invoker.DESCRIPTOR);

  private GeneratedPlugins() {
  }
}
