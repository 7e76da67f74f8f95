package org.setu.infra.command;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.SetuException;

import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Callers of the gateway see Setu's refusals, by future and by waiting alike; results pass through. */
class RefusalTranslatingGatewayTest {

    private final CommandBus bus = SimpleCommandBus.builder().build();
    private final RefusalTranslatingGateway gateway =
            new RefusalTranslatingGateway(DefaultCommandGateway.builder().commandBus(bus).build());

    RefusalTranslatingGatewayTest() {
        bus.subscribe(String.class.getName(), command -> {
            String text = (String) command.getPayload();
            if (text.equals("missing")) {
                throw new AggregateNotFoundException("C-9", "no C-9");
            }
            if (text.equals("raced")) {
                throw new ConcurrencyException("version taken");
            }
            return "done " + text;
        });
    }

    @Test
    void a_failed_future_carries_the_translated_refusal() {
        assertThatThrownBy(() -> gateway.send("missing").get()).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(SetuException.class)
                .satisfies(e -> assertThat(((SetuException) e).code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void waiting_throws_the_translated_refusal() {
        assertThatThrownBy(() -> gateway.sendAndWait("raced")).isInstanceOf(SetuException.class)
                .satisfies(e -> assertThat(((SetuException) e).code()).isEqualTo(ErrorCode.CONCURRENT_MODIFICATION));
    }

    @Test
    void results_pass_through() throws Exception {
        assertThat(gateway.<String>send("ok").get()).isEqualTo("done ok");
        assertThat(gateway.<String>sendAndWait("ok")).isEqualTo("done ok");
    }
}
