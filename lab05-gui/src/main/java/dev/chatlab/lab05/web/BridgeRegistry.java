package dev.chatlab.lab05.web;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open bridges of a gateway, at most {@code max}: the {@code --max-connections} bound, and the list that
 * {@link WebGateway#close()} closes with a reason of its own. Thread-safe.
 */
final class BridgeRegistry {

    private final int max;
    private final Set<ChatBridge> open = ConcurrentHashMap.newKeySet();
    private boolean closed;

    BridgeRegistry(int max) {
        this.max = max;
    }

    /** Adds {@code bridge} if there is room and the gateway is not closing; returns whether it was added. */
    synchronized boolean tryAdd(ChatBridge bridge) {
        if (closed || open.size() >= max) {
            return false;
        }
        return open.add(bridge);
    }

    void remove(ChatBridge bridge) {
        open.remove(bridge);
    }

    int size() {
        return open.size();
    }

    /** Refuses new bridges from now on and closes every open one with {@code reason}. */
    void closeAll(CloseReason reason) {
        synchronized (this) {
            closed = true;
        }
        open.forEach(bridge -> bridge.close(reason));
    }
}
