package dev.chatlab.grader.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What counts as a change of a lab module's sources. */
class SourceWatcherTest {

    private static final Duration QUIET = Duration.ofMillis(300);

    @Test
    void sees_a_file_in_a_folder_created_after_it_started_and_the_pom(@TempDir Path module) throws Exception {
        Files.createDirectories(module.resolve("src/main/java"));
        try (SourceWatcher watcher = SourceWatcher.open(module)) {
            Path folder = Files.createDirectories(module.resolve("src/main/java/dev/chatlab"));
            assertThat(watcher.awaitChange(QUIET)).contains(Path.of("src/main/java/dev"));

            Files.writeString(folder.resolve("Echo.java"), "class Echo {}");
            assertThat(watcher.awaitChange(QUIET)).containsExactly(Path.of("src/main/java/dev/chatlab/Echo.java"));

            Files.createDirectories(module.resolve("target/classes"));
            Files.writeString(module.resolve(".Echo.java.swp"), "editor");
            Files.writeString(module.resolve("pom.xml"), "<project/>");
            assertThat(watcher.awaitChange(QUIET)).containsExactly(Path.of("pom.xml"));
        }
    }

    @Test
    void a_jar_is_stale_when_missing_or_older_than_a_source(@TempDir Path module) throws Exception {
        Path source = Files.createDirectories(module.resolve("src/main/java")).resolve("Echo.java");
        Files.writeString(source, "class Echo {}");
        Path jar = module.resolve("target/lab.jar");
        assertThat(SourceWatcher.isStale(module, jar)).isTrue();

        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "jar");
        Files.setLastModifiedTime(source, FileTime.from(Instant.now().minusSeconds(60)));
        assertThat(SourceWatcher.isStale(module, jar)).isFalse();

        Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(SourceWatcher.isStale(module, jar)).isTrue();
    }

    @Test
    void a_folder_without_sources_is_not_a_lab_module(@TempDir Path folder) {
        assertThatThrownBy(() -> SourceWatcher.open(folder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Not a lab module (no src/main folder): ");
    }
}
