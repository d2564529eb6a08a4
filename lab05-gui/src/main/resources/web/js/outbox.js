// The frames typed but not settled yet, oldest first, at most `capacity` (lab04's Outbox, in JavaScript).
// A say or whisper gets a cid and stays until the server acknowledges (or refuses) it, across any number of
// connections; after a resume every entry is sent again with its cid, and the server delivers each cid once.
// A who stays only until it is sent.

export const OUTBOX_CAPACITY = 100;

export class Outbox {
  constructor(capacity = OUTBOX_CAPACITY) {
    this.capacity = capacity;
    this.entries = [];
    this.inFlight = []; // the says and whispers sent on this connection and not answered yet, in send order
    this.lastCid = 0;
  }

  /** Queues `frame` (a say or whisper gets the next cid); returns the entry, or null when full. */
  add(frame) {
    if (this.entries.length >= this.capacity) {
      return null;
    }
    const carriesCid = frame.type === 'say' || frame.type === 'whisper';
    const entry = { frame: carriesCid ? { ...frame, cid: String(++this.lastCid) } : frame, sent: false };
    this.entries.push(entry);
    return entry;
  }

  /** The oldest entry not sent on this connection, marked sent (a who leaves the outbox), or null. */
  nextToSend() {
    const index = this.entries.findIndex((entry) => !entry.sent);
    if (index < 0) {
      return null;
    }
    const entry = this.entries[index];
    entry.sent = true;
    if (entry.frame.cid) {
      this.inFlight.push(entry);
    } else {
      this.entries.splice(index, 1); // nothing will acknowledge a who
    }
    return entry;
  }

  /** The server acknowledged `cid`; returns whether it was waiting. */
  acked(cid) {
    const before = this.entries.length;
    this.entries = this.entries.filter((entry) => entry.frame.cid !== cid);
    this.inFlight = this.inFlight.filter((entry) => entry.frame.cid !== cid);
    return this.entries.length < before;
  }

  /**
   * The server answered a say or whisper with an error. An error names no cid, and the server answers in the
   * order it reads, so it answers the oldest one sent on this connection and not answered yet (not the oldest
   * entry marked sent: one put back by RATE_LIMITED and sent again is behind the others now). RATE_LIMITED puts
   * it back to be sent again (returns null); any other code settles it (returns it: it failed for good).
   */
  refused(code) {
    const entry = this.inFlight.shift();
    if (!entry) {
      return null;
    }
    if (code === 'RATE_LIMITED') {
      entry.sent = false;
      return null;
    }
    this.entries = this.entries.filter((other) => other !== entry);
    return entry;
  }

  /** A new connection is registered: every entry is to be sent on it again, with its cid. */
  rewind() {
    this.inFlight = [];
    this.entries.forEach((entry) => { entry.sent = false; });
  }

  hasUnsent() {
    return this.entries.some((entry) => !entry.sent);
  }

  get size() {
    return this.entries.length;
  }
}
