package ai.dialer.guide;

import ai.dialer.processor.GoldenFiles;
import org.junit.jupiter.api.Test;

/**
 * The sources generated for the guide's plugins are their reviewed copies: this module's sources
 * compiled again with the processor, as its build compiles them ({@link GoldenFiles}).
 */
class GoldenGeneratedSourcesTest {
  @Test
  void theGeneratedSourcesAreTheReviewedOnes() {
    GoldenFiles.checkThisModule();
  }
}
