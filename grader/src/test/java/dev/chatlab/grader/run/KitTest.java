package dev.chatlab.grader.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KitTest {

    @Test
    void the_scorecard_names_a_students_jar_your_jar_and_only_the_kits_own_reference() {
        Kit kit = new Kit(Path.of("/home/ana/chatlab"));

        assertThat(kit.describeJar(Lab.LAB01, true))
                .isEqualTo("your jar /home/ana/chatlab/lab01-echo/target/lab01-echo.jar");
        assertThat(kit.describeJar(Lab.LAB01, false)).isEqualTo("reference lab01-echo/target/lab01-echo.jar");
    }
}
