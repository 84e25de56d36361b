package ai.dialer.server;

import javax.management.MBeanServer;
import javax.management.MBeanServerBuilder;
import javax.management.MBeanServerDelegate;

/**
 * A JMX {@link MBeanServerBuilder} that builds nothing, for a server that starts fast and serves
 * its figures at {@code /metrics} instead of over JMX.
 *
 * <p>XNIO, under Undertow, registers MBeans for its provider and worker as the server starts, and
 * so makes the JVM build its platform MBean server: every platform MXBean, the diagnostic commands
 * and Flight Recorder's included. On a 2-core machine that is about 140 ms of a 400 ms start with
 * the AOT cache. With {@code -Djavax.management.builder.initial=ai.dialer.server
 * .NoPlatformMBeanServer} the platform MBean server cannot be built; XNIO catches that and goes on
 * without its MBeans. Nothing else in the server uses JMX. {@code server/aot.sh} sets it unless
 * {@code AIDIALER_JMX=true}; with it set, {@code jconsole} and the JMX agent ({@code
 * -Dcom.sun.management.jmxremote}) cannot be used.
 */
public final class NoPlatformMBeanServer extends MBeanServerBuilder {
  @Override
  public MBeanServer newMBeanServer(
      String defaultDomain, MBeanServer outer, MBeanServerDelegate delegate) {
    throw new UnsupportedOperationException(
        "JMX is off in this server (javax.management.builder.initial="
            + NoPlatformMBeanServer.class.getName()
            + "); its figures are at /metrics. Start it without that property to use JMX.");
  }
}
