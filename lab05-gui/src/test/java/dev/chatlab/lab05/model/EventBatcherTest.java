package dev.chatlab.lab05.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** The batcher hands events to the EDT in order, in batches, never more than its limit at a time. */
class EventBatcherTest {

    @Test
    void ten_thousand_events_from_another_thread_reach_the_edt_in_order_in_few_bounded_batches() throws Exception {
        List<Integer> received = new ArrayList<>(); // EDT only
        List<Integer> batchSizes = new ArrayList<>();
        List<Boolean> onEdt = new ArrayList<>();
        CountDownLatch all = new CountDownLatch(1);
        EventBatcher<Integer> batcher = new EventBatcher<>(batch -> {
            onEdt.add(SwingUtilities.isEventDispatchThread());
            batchSizes.add(batch.size());
            received.addAll(batch);
            if (received.size() == 10_000) {
                all.countDown();
            }
        }, 1000);
        Thread producer = Thread.ofPlatform().start(() -> {
            for (int i = 0; i < 10_000; i++) {
                batcher.post(i);
            }
        });
        producer.join(10_000);

        assertThat(all.await(10, TimeUnit.SECONDS)).isTrue();
        SwingUtilities.invokeAndWait(() -> {
            assertThat(received).hasSize(10_000).isSorted();
            assertThat(batchSizes).allMatch(size -> size <= 1000).hasSizeGreaterThanOrEqualTo(10);
            assertThat(onEdt).containsOnly(true);
        });
    }
}
