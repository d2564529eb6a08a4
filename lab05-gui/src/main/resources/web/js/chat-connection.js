// lab04's reconnecting client in JavaScript: the page speaks chat/1 itself, one WebSocket message per frame,
// and the gateway passes each frame to the chat server unchanged. This module has no DOM code: the page puts
// its face on it through a listener, as the console and Swing clients do on lab04's ReconnectingClient.
//
//  - States: connecting, online, reconnecting (attempt, delay), closed (reason).
//  - Reconnecting: full-jitter backoff (base 250 ms, cap 8 s, attempt counted from 0, reset once registered);
//    resume{session, last} with the last id shown, or hello again when the server says SESSION_EXPIRED.
//  - Outbox: says and whispers get cids and wait (at most 100) until acknowledged; after a resume the
//    unacknowledged ones are sent again with their cids, and the server delivers each cid once.
//  - Each message and whisper is shown once, in id order; ping is answered with pong; the page pings when it
//    has sent nothing for a heartbeat; three heartbeats of silence from the server count as a lost connection.

import { backoffDelay, TokenBucket } from './backoff.js';
import { Outbox } from './outbox.js';

export const QUIT = 'quit';

const ANSWER_TIMEOUT_MS = 10000; // to connect, then again for the answer to hello or resume
const CLOSE_TIMEOUT_MS = 5000;   // after bye, for the server to close; and for the outbox to drain on quit
const RETRY_SEND_MS = 100;       // when the send rate says wait

/**
 * listener methods (all optional): stateChanged(state), connected(nick, users), reconnected(reconnection),
 * frame(frame), queued(cid, frame), acked(cid, id), failed(cid, error), queueChanged(size).
 * state: {name: 'connecting'} | {name: 'online', nick, users} |
 *        {name: 'reconnecting', attempt, delay, until} | {name: 'closed', reason, code}.
 */
export class ChatConnection {
  constructor({ url, hello, listener, random = Math.random, now = () => performance.now() }) {
    this.url = url;
    this.hello = hello;
    this.listener = listener;
    this.random = random;
    this.now = now;
    this.outbox = new Outbox();
    this.phase = 'new';
    this.ws = null;
    this.session = null;
    this.nick = null;
    this.heartbeatMs = 5000;
    this.lastId = 0;
    this.lastReceived = 0;
    this.lastSent = 0;
    this.attempt = 0;
    this.everOnline = false;
    this.quitting = false;
    this.timers = {};
    this.state = { name: 'connecting' };
  }

  /** Makes the first connection; from its welcome on, the connection comes back by itself until quit(). */
  connect() {
    if (this.phase !== 'new') {
      throw new Error('connect() was called already');
    }
    this.setState({ name: 'connecting' });
    this.dial();
  }

  /** Queues a say, whisper or who: sent at once when online, else once a connection is back. */
  send(frame) {
    if (this.phase === 'closed') {
      return false;
    }
    const entry = this.outbox.add(frame);
    if (!entry) {
      return false;
    }
    this.notify('queued', entry.frame.cid, entry.frame);
    this.notify('queueChanged', this.outbox.size);
    this.sendQueued();
    return true;
  }

  /** Leaves: online, lets the outbox drain (at most 5 s), says bye and lets the server close. */
  quit() {
    if (this.phase === 'online' && this.outbox.size > 0) {
      this.quitting = true; // the last ack closes, see live()
      this.schedule('quit', CLOSE_TIMEOUT_MS, () => this.closeFor(QUIT, true));
    } else {
      this.closeFor(QUIT, true);
    }
  }

  /** While waiting to reconnect: tries now instead of at the end of the delay. */
  reconnectNow() {
    if (this.phase === 'waiting') {
      this.cancel('retry');
      this.dial();
    }
  }

  // ---- Connecting and registering ----

  dial() {
    this.phase = 'connecting';
    let ws;
    try {
      ws = new WebSocket(this.url);
    } catch (error) {
      this.ended(null, 1006, String(error.message || error));
      return;
    }
    this.ws = ws;
    ws.onopen = () => this.opened(ws);
    ws.onmessage = (event) => this.received(ws, event.data);
    ws.onclose = (event) => this.ended(ws, event.code, event.reason);
    this.schedule('answer', ANSWER_TIMEOUT_MS, () => this.drop(ws));
  }

  opened(ws) {
    if (ws !== this.ws) {
      return;
    }
    this.phase = 'registering';
    this.lastReceived = this.now();
    this.write(this.session ? { type: 'resume', session: this.session, last: this.lastId } : this.helloFrame());
  }

  helloFrame() {
    const frame = { type: 'hello', nick: this.hello.nick };
    if (this.hello.password) {
      frame.password = this.hello.password;
    }
    return frame;
  }

  registering(frame) {
    switch (frame.type) {
      case 'welcome': {
        const first = !this.everOnline;
        this.session = frame.session;
        this.heartbeatMs = (frame.heartbeatSeconds || 5) * 1000;
        this.nick = frame.nick;
        this.lastId = 0; // a new session: ids seen in another one (or another server run) do not count
        this.online(frame.users);
        if (first) {
          this.notify('connected', frame.nick, frame.users);
        } else {
          this.notify('reconnected', { resumed: false, missed: 0, gap: false, users: frame.users });
        }
        this.sendQueued();
        break;
      }
      case 'resumed':
        this.online(frame.users);
        this.notify('reconnected', { resumed: true, missed: frame.missed, gap: frame.gap, users: frame.users });
        this.sendQueued();
        break;
      case 'error':
        if (frame.code === 'SESSION_EXPIRED') {
          this.session = null;
          this.write(this.helloFrame()); // the connection stays open for it
        } else {
          this.notify('frame', frame);
          this.closeFor(this.everOnline ? `${frame.code}: ${frame.message}` : frame.message, false, frame.code);
        }
        break;
      default:
        break; // nothing else comes before welcome or resumed
    }
  }

  /** Registered: the backoff starts again, the outbox is sent again, the heartbeat is watched. */
  online(users) {
    this.phase = 'online';
    this.attempt = 0;
    this.everOnline = true;
    this.cancel('answer');
    this.sendRate = new TokenBucket(10, 20, this.now);
    this.outbox.rewind();
    this.setState({ name: 'online', nick: this.nick, users });
    this.watchHeartbeat(this.ws);
    this.keepAlive(this.ws);
  }

  // ---- Online ----

  received(ws, data) {
    if (ws !== this.ws) {
      return; // a connection already replaced
    }
    let frame;
    try {
      frame = JSON.parse(data);
    } catch {
      return; // not JSON: a correct server sends none
    }
    this.lastReceived = this.now();
    if (this.phase === 'registering') {
      this.registering(frame);
    } else if (this.phase === 'online' || this.phase === 'closed') {
      this.live(frame); // closed: after bye, what the server still sends until it closes
    }
  }

  live(frame) {
    switch (frame.type) {
      case 'ping': {
        const pong = { type: 'pong' };
        if (frame.token !== undefined && frame.token !== null) {
          pong.token = frame.token;
        }
        this.write(pong);
        break;
      }
      case 'pong':
        break; // the answer to a keepalive ping: its arrival was the point (lastReceived has noted it)
      case 'ack':
        if (this.outbox.acked(frame.cid)) {
          this.notify('acked', frame.cid, frame.id);
          this.notify('queueChanged', this.outbox.size);
        }
        if (this.quitting && this.outbox.size === 0) {
          this.closeFor(QUIT, true);
        }
        break;
      case 'error': {
        const failed = this.outbox.refused(frame.code);
        this.notify('frame', frame);
        if (failed) {
          this.notify('failed', failed.frame.cid, frame);
          this.notify('queueChanged', this.outbox.size);
        } else if (frame.code === 'RATE_LIMITED') {
          this.sendLater();
        }
        break;
      }
      case 'message':
      case 'whisper':
        if (frame.id <= this.lastId) {
          return; // shown already: replayed by a resume after the old connection had delivered it
        }
        this.lastId = frame.id;
        this.notify('frame', frame);
        break;
      default:
        this.notify('frame', frame); // joined, left, users
    }
  }

  /** Sends what the outbox holds, as fast as the server's rate allows; the rest waits a moment. */
  sendQueued() {
    if (this.phase !== 'online') {
      return;
    }
    while (this.outbox.hasUnsent()) {
      if (!this.sendRate.tryTake()) {
        this.sendLater();
        return;
      }
      this.write(this.outbox.nextToSend().frame);
    }
  }

  sendLater() {
    if (!this.timers.send) {
      this.schedule('send', RETRY_SEND_MS, () => this.sendQueued());
    }
  }

  /** Checks every heartbeat that the server spoke within the last three; else the connection is dead. */
  watchHeartbeat(watched) {
    this.schedule('heartbeat', this.heartbeatMs, () => {
      if (this.ws !== watched || this.phase !== 'online') {
        return;
      }
      if (this.now() - this.lastReceived >= 3 * this.heartbeatMs) {
        this.drop(watched); // silence: lost like any other connection
      } else {
        this.watchHeartbeat(watched);
      }
    });
  }

  /**
   * Pings when the page has sent nothing for a heartbeat: a server that pings only a client it has sent
   * nothing to never pings one that only reads in a busy room, and would take its silence for a dead
   * connection. The server answers pong.
   */
  keepAlive(watched) {
    const idle = this.now() - this.lastSent;
    this.schedule('keepalive', Math.max(0, this.heartbeatMs - idle), () => {
      if (this.ws !== watched || this.phase !== 'online') {
        return;
      }
      if (this.now() - this.lastSent >= this.heartbeatMs) {
        this.write({ type: 'ping' });
      }
      this.keepAlive(watched);
    });
  }

  // ---- Losing and closing ----

  /** Gives up on `ws` now, without waiting for a close handshake that a dead connection never finishes. */
  drop(ws) {
    if (ws !== this.ws) {
      return;
    }
    ws.onclose = null;
    ws.close();
    this.ended(ws, 1006, 'no answer from the server');
  }

  ended(ws, code, reason) {
    if (ws !== this.ws) {
      return;
    }
    this.ws = null;
    this.cancel('answer');
    this.cancel('heartbeat');
    this.cancel('keepalive');
    if (this.phase === 'closed') {
      return;
    }
    if (!this.everOnline) {
      this.closeFor(reason || 'cannot reach the gateway', false, code);
    } else if (this.quitting) {
      this.closeFor(QUIT, false);
    } else {
      this.retry(code, reason);
    }
  }

  /** Waits a backoff delay, then dials again. */
  retry(code, reason) {
    this.phase = 'waiting';
    const delay = backoffDelay(this.attempt, this.random);
    this.attempt++;
    this.setState({ name: 'reconnecting', attempt: this.attempt, delay, until: this.now() + delay, code, reason });
    this.schedule('retry', delay, () => {
      if (this.phase === 'waiting') {
        this.dial();
      }
    });
  }

  /** Closed for good: says bye first when `bye` and online, and lets the server close. */
  closeFor(reason, bye, code) {
    if (this.phase === 'closed') {
      return;
    }
    const wasOnline = this.phase === 'online';
    this.phase = 'closed';
    Object.keys(this.timers).forEach((name) => this.cancel(name));
    this.setState({ name: 'closed', reason, code });
    const closing = this.ws;
    if (!closing) {
      return;
    }
    if (bye && wasOnline) {
      this.write({ type: 'bye' });
      setTimeout(() => closing.close(), CLOSE_TIMEOUT_MS); // the server closes first, normally
    } else {
      closing.close(1000);
    }
  }

  // ---- Plumbing ----

  write(frame) {
    if (this.ws && this.ws.readyState === WebSocket.OPEN) {
      this.ws.send(JSON.stringify(frame));
      this.lastSent = this.now();
    }
  }

  setState(state) {
    this.state = state;
    this.notify('stateChanged', state);
  }

  notify(method, ...args) {
    const handler = this.listener[method];
    if (handler) {
      handler.apply(this.listener, args);
    }
  }

  schedule(name, delay, task) {
    this.cancel(name);
    this.timers[name] = setTimeout(() => {
      delete this.timers[name];
      task();
    }, delay);
  }

  cancel(name) {
    if (this.timers[name]) {
      clearTimeout(this.timers[name]);
      delete this.timers[name];
    }
  }
}
