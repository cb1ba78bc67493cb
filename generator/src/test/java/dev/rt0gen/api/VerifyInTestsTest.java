package dev.rt0gen.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IR verifier and the allocation checker run in every test build: surefire enables
 * assertions, and both follow them. If this fails, every other test compiles unchecked IR.
 */
class VerifyInTestsTest {
    @Test
    void theVerifierRunsInTestBuilds() {
        assertThat(Frontend.VERIFY).as("Frontend.VERIFY (assertions enabled)").isTrue();
    }
}
