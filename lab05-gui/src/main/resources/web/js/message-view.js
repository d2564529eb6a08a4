// The message list: delivered messages in id order, and below them the outbox: what this page sent and the
// server has not confirmed yet. A sent line stays "pending" until its ack arrives; when the server's own copy
// (message or whisper, with its id) arrives first, the pending line takes its place in id order.

const PALETTE = 12;

/** A stable colour slot (0..11) for a nick, the same in every browser. */
export function nickColour(nick) {
  let hash = 0;
  for (const ch of nick.toLowerCase()) {
    hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
  }
  return hash % PALETTE;
}

export class MessageView {
  constructor({ list, outbox, scroller, empty }) {
    this.list = list;
    this.outboxList = outbox;
    this.scroller = scroller;
    this.empty = empty;
    this.pending = new Map(); // cid -> {frame, li, id}
    this.t = null;
    this.lang = 'en';
    this.me = null;
  }

  setLanguage(lang, t) {
    this.lang = lang;
    this.t = t;
    this.clock = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' });
    this.list.querySelectorAll('li[data-ts]').forEach((li) => this.stamp(li, li.dataset.ts));
    this.list.querySelectorAll('.whisper-label').forEach((label) => {
      const mine = label.closest('li').classList.contains('mine');
      label.textContent = this.whisperLabel(label.dataset.from, label.dataset.to, mine);
    });
    document.querySelectorAll('li[data-status]').forEach((li) => {
      this.status(li, li.dataset.status, li.dataset.error);
    });
  }

  reset(me) {
    this.me = me;
    this.list.replaceChildren();
    this.outboxList.replaceChildren();
    this.pending.clear();
    this.updateEmpty();
  }

  /** A line typed here: shown at once, "pending" (or "queued" while offline) until its ack. */
  queued(cid, frame, online) {
    const li = this.bubble(frame.type === 'whisper' ? 'whisper' : 'message', this.me, frame.text, frame.to, true);
    this.pending.set(cid, { frame, li, id: null });
    this.status(li, online ? 'pending' : 'queued');
    this.outboxList.append(li);
    this.afterChange(true);
  }

  /** Every pending line that waited for a connection is on its way now. */
  sending() {
    this.pending.forEach((entry) => {
      if (entry.li.dataset.status === 'queued') {
        this.status(entry.li, 'pending');
      }
    });
  }

  /** A message or whisper from the server, once per id, in id order. */
  frame(frame) {
    const mine = frame.from.toLowerCase() === (this.me || '').toLowerCase();
    const entry = mine ? this.adopt(frame) : null;
    const li = entry ? entry.li : this.bubble(frame.type, frame.from, frame.text, frame.to, mine);
    li.dataset.id = frame.id;
    this.stamp(li, frame.ts);
    const atBottom = this.atBottom();
    this.list.append(li);
    this.afterChange(atBottom || mine);
  }

  /** The oldest pending line that this frame is the server's copy of (same kind, text and recipient). */
  adopt(frame) {
    for (const entry of this.pending.values()) {
      const same = entry.id === null && entry.frame.text === frame.text
        && (frame.type === 'whisper'
          ? entry.frame.type === 'whisper' && entry.frame.to.toLowerCase() === frame.to.toLowerCase()
          : entry.frame.type === 'say');
      if (same) {
        entry.id = frame.id;
        return entry;
      }
    }
    return null;
  }

  acked(cid, id) {
    const entry = this.pending.get(cid);
    if (!entry) {
      return;
    }
    this.pending.delete(cid);
    this.status(entry.li, 'delivered');
    if (entry.li.parentElement === this.outboxList) {
      entry.li.dataset.id = id; // its copy was not shown (a gap): it stays where it is, delivered
      this.list.append(entry.li);
    }
  }

  failed(cid, error) {
    const entry = this.pending.get(cid);
    if (!entry) {
      return;
    }
    this.pending.delete(cid);
    entry.li.dataset.error = `${error.code}: ${error.message}`;
    this.status(entry.li, 'failed', entry.li.dataset.error);
  }

  /** A line from the page itself: joined, left, reconnected, errors. */
  system(text, kind = 'info') {
    const li = document.createElement('li');
    li.className = `system ${kind}`;
    li.textContent = text;
    const atBottom = this.atBottom();
    this.list.append(li);
    this.afterChange(atBottom);
  }

  // ---- Elements ----

  bubble(type, from, text, to, mine) {
    const li = document.createElement('li');
    li.className = `bubble ${type}${mine ? ' mine' : ''}`;
    li.dataset.from = from;
    const meta = document.createElement('div');
    meta.className = 'meta';
    const nick = document.createElement('span');
    nick.className = `nick c${nickColour(from)}`;
    nick.textContent = from;
    meta.append(nick);
    if (type === 'whisper') {
      const label = document.createElement('span');
      label.className = 'whisper-label';
      label.dataset.to = to;
      label.dataset.from = from;
      label.textContent = this.whisperLabel(from, to, mine);
      meta.append(label);
    }
    const time = document.createElement('time');
    const status = document.createElement('span');
    status.className = 'state';
    meta.append(time, status);
    const body = document.createElement('p');
    body.className = 'text';
    body.textContent = text;
    li.append(meta, body);
    return li;
  }

  whisperLabel(from, to, mine) {
    return mine ? this.t.whisperSent(to) : this.t.whisperReceived;
  }

  stamp(li, ts) {
    li.dataset.ts = ts;
    const time = li.querySelector('time');
    const date = new Date(ts);
    time.dateTime = ts;
    time.textContent = this.clock.format(date);
    time.title = date.toLocaleString(this.lang);
  }

  /** pending, queued, failed: said in words; delivered: a tick, with the word for screen readers. */
  status(li, status, error) {
    li.dataset.status = status;
    const state = li.querySelector('.state');
    if (status === 'delivered') {
      const tick = document.createElement('span');
      tick.setAttribute('aria-hidden', 'true');
      tick.textContent = '\u2713';
      const word = document.createElement('span');
      word.className = 'visually-hidden';
      word.textContent = this.t.delivered;
      state.replaceChildren(tick, word);
    } else {
      state.textContent = status === 'failed' ? this.t.failed(error) : this.t[status];
    }
  }

  atBottom() {
    const s = this.scroller;
    return s.scrollHeight - s.scrollTop - s.clientHeight < 80;
  }

  afterChange(scroll) {
    this.updateEmpty();
    if (scroll) {
      this.scroller.scrollTop = this.scroller.scrollHeight;
    }
  }

  updateEmpty() {
    this.empty.hidden = this.list.children.length + this.outboxList.children.length > 0;
  }
}
