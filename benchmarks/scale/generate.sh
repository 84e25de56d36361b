#!/usr/bin/env bash
# Writes two server projects for the scale benchmark (issue 13), under benchmarks/target/scale:
#
#   small/   the same with 4 plugins: the baseline of the compile time;
#   single/  one project with PLUGINS plugins (default 1000) and its server;
#   multi/   JARS plugin projects of PER_JAR plugins each (default 10 x 100), and app/, a server
#            built from their jars.
#
# Each plugin has three typed parameters with constraints (a string with a length and a pattern,
# an int with a range and a default, an enum with a default) and returns a record. Every server
# also serves the shipped plugins, so one load script drives all of them.
#
#   benchmarks/scale/generate.sh        # from the repository root, after mvn install
set -euo pipefail

cd "$(dirname "$0")/../.."
PLUGINS=${PLUGINS:-1000}
JARS=${JARS:-10}
PER_JAR=${PER_JAR:-100}
VERSION=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -1)
OUT=benchmarks/target/scale
rm -rf "$OUT"
mkdir -p "$OUT"

# pom NAME DEPENDENCIES: a plugin project with a server jar, as the archetype writes one.
pom() {
  cat <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>scale</groupId>
  <artifactId>$1</artifactId>
  <version>1.0</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
    <dependency><groupId>ai.dialer</groupId><artifactId>aidialer-runtime</artifactId><version>$VERSION</version></dependency>
    <dependency><groupId>ai.dialer</groupId><artifactId>aidialer-server-core</artifactId><version>$VERSION</version><optional>true</optional></dependency>
    <dependency><groupId>ai.dialer</groupId><artifactId>aidialer-plugins</artifactId><version>$VERSION</version><optional>true</optional></dependency>
$2
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.16.0</version>
        <configuration>
          <annotationProcessorPaths>
            <path><groupId>ai.dialer</groupId><artifactId>aidialer-processor</artifactId><version>$VERSION</version></path>
          </annotationProcessorPaths>
        </configuration>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-jar-plugin</artifactId>
        <version>3.5.1</version>
        <configuration><excludes><exclude>scale/server/**</exclude></excludes></configuration>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-assembly-plugin</artifactId>
        <version>3.8.0</version>
        <executions>
          <execution>
            <id>server</id>
            <phase>package</phase>
            <goals><goal>single</goal></goals>
            <configuration>
              <finalName>$1-server</finalName>
              <appendAssemblyId>false</appendAssemblyId>
              <attach>false</attach>
              <descriptors><descriptor>server.xml</descriptor></descriptors>
              <archive>
                <manifest><mainClass>scale.server.Server_Assembly</mainClass></manifest>
                <manifestEntries><Multi-Release>true</Multi-Release></manifestEntries>
              </archive>
            </configuration>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
POM
}

assembly() {
  cat <<'XML'
<assembly xmlns="http://maven.apache.org/ASSEMBLY/2.2.0">
  <id>server</id>
  <formats><format>jar</format></formats>
  <includeBaseDirectory>false</includeBaseDirectory>
  <fileSets><fileSet><directory>${project.build.outputDirectory}</directory><outputDirectory>/</outputDirectory></fileSet></fileSets>
  <dependencySets>
    <dependencySet>
      <outputDirectory>/</outputDirectory>
      <useProjectArtifact>false</useProjectArtifact>
      <unpack>true</unpack>
      <scope>runtime</scope>
      <unpackOptions><excludes><exclude>META-INF/MANIFEST.MF</exclude><exclude>META-INF/*.SF</exclude><exclude>META-INF/*.RSA</exclude><exclude>META-INF/*.DSA</exclude><exclude>module-info.class</exclude><exclude>META-INF/versions/*/module-info.class</exclude></excludes></unpackOptions>
    </dependencySet>
  </dependencySets>
</assembly>
XML
}

# plugins DIR PACKAGE FROM TO: plugin classes number FROM to TO.
plugins() {
  local dir=$1/src/main/java/scale/$2
  mkdir -p "$dir"
  for ((i = $3; i <= $4; i++)); do
    local name
    name=$(printf 'Plugin%04d' "$i")
    cat > "$dir/$name.java" <<JAVA
package scale.$2;

import ai.dialer.annotation.Action;
import ai.dialer.annotation.Length;
import ai.dialer.annotation.Maximum;
import ai.dialer.annotation.Minimum;
import ai.dialer.annotation.Param;
import ai.dialer.annotation.Pattern;
import ai.dialer.annotation.Plugin;
import javax.inject.Inject;

@Plugin(description = "Scale plugin $i: echoes a checked request.")
public final class $name {
  public enum Mode { FAST, SLOW }

  public record Echo(String text, int count, Mode mode) {}

  @Inject
  public $name() {}

  @Action(description = "Echo what was sent.")
  public Echo echo(
      @Param(description = "Some text.") @Length(min = 1, max = 200) @Pattern("^[a-z ]+$")
          String text,
      @Param(description = "How many.", defaultValue = "1") @Minimum(1) @Maximum(100) int count,
      @Param(description = "How.", defaultValue = "FAST") Mode mode) {
    return new Echo(text, count, mode);
  }
}
JAVA
  done
}

server() {
  mkdir -p "$1/src/main/java/scale/server"
  cat > "$1/src/main/java/scale/server/Server.java" <<'JAVA'
package scale.server;

@ai.dialer.server.PluginServer
public interface Server {}
JAVA
  assembly > "$1/server.xml"
}

# One project with 4 plugins, and one with every plugin.
for project in small single; do
  mkdir -p "$OUT/$project"
  pom "$project" "" > "$OUT/$project/pom.xml"
  server "$OUT/$project"
done
plugins "$OUT/small" plugins 1 4
plugins "$OUT/single" plugins 1 "$PLUGINS"

# Plugin jars, and a server built from them.
modules=""
app_dependencies=""
for ((j = 0; j < JARS; j++)); do
  name=$(printf 'jar%02d' "$j")
  mkdir -p "$OUT/multi/$name"
  pom "$name" "" > "$OUT/multi/$name/pom.xml"
  plugins "$OUT/multi/$name" "$name" $((j * PER_JAR + 1)) $(((j + 1) * PER_JAR))
  server "$OUT/multi/$name"
  modules+="    <module>$name</module>"$'\n'
  app_dependencies+="    <dependency><groupId>scale</groupId><artifactId>$name</artifactId><version>1.0</version></dependency>"$'\n'
done
mkdir -p "$OUT/multi/app"
pom app "$app_dependencies" > "$OUT/multi/app/pom.xml"
server "$OUT/multi/app"
cat > "$OUT/multi/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>scale</groupId>
  <artifactId>multi</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <modules>
$modules    <module>app</module>
  </modules>
</project>
POM
echo "Wrote $OUT/small (4 plugins), $OUT/single ($PLUGINS plugins) and $OUT/multi ($JARS jars of $PER_JAR plugins, and app)"
