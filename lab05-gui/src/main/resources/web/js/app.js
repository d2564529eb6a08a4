// The page: the join form, the conversation, the people list and the connection state, on a ChatConnection
// (chat-connection.js) that speaks chat/1 through the gateway's WebSocket at /chat.

import { ChatConnection, QUIT } from './chat-connection.js';
import { initialLanguage, rememberLanguage, strings, translatePage } from './i18n.js';
import { MessageView, nickColour } from './message-view.js';

const $ = (id) => document.getElementById(id);
const NICK = /^[A-Za-z0-9_-]{1,16}$/;

let lang = initialLanguage();
let t = strings(lang);
let chat = null;
let state = { name: 'closed' };
let users = [];
let countdown = null;

const view = new MessageView({ list: $('messages'), outbox: $('outbox'), scroller: $('scroller'), empty: $('empty') });

function chatUrl() {
  const url = new URL('chat', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

// ---- Joining and leaving ----

function join(event) {
  event.preventDefault();
  const nick = $('nick').value.trim();
  if (!NICK.test(nick)) {
    showJoinError(t.nickHint);
    $('nick').focus();
    return;
  }
  showJoinError(null);
  $('join').disabled = true;
  $('join').textContent = t.joining;
  view.reset(nick);
  users = [];
  chat = new ChatConnection({ url: chatUrl(), hello: { nick, password: $('password').value }, listener });
  chat.connect();
}

function showJoinError(message) {
  $('join-error').hidden = !message;
  $('join-error').textContent = message || '';
}

function showView(inChat) {
  $('join-view').hidden = inChat;
  $('chat-view').hidden = !inChat;
  document.body.classList.toggle('in-chat', inChat);
  if (!inChat) {
    $('join').disabled = false;
    $('join').textContent = t.join;
  }
}

// ---- What the connection reports ----

const listener = {
  stateChanged(next) {
    const wasOnline = state.name === 'online';
    state = next;
    document.body.dataset.state = next.name;
    if (next.name === 'online') {
      users = next.users.slice();
      renderUsers();
      view.sending();
    } else if (next.name === 'reconnecting' && wasOnline) {
      view.system(t.lost, 'warn');
    } else if (next.name === 'closed') {
      closed(next);
    }
    renderStatus();
  },
  connected(nick, list) {
    view.me = nick;
    showView(true);
    view.system(t.connectedAs(nick, list));
    $('message').focus();
  },
  reconnected({ resumed, missed, gap }) {
    view.system(resumed ? t.resumed(missed) : t.expired, 'ok');
    if (gap) {
      view.system(t.gap, 'warn');
    }
  },
  frame(frame) {
    switch (frame.type) {
      case 'message':
      case 'whisper':
        view.frame(frame);
        break;
      case 'joined':
        addUser(frame.nick);
        view.system(t.joined(frame.nick));
        break;
      case 'left':
        users = users.filter((nick) => nick.toLowerCase() !== frame.nick.toLowerCase());
        renderUsers();
        view.system(t.left(frame.nick, frame.reason));
        break;
      case 'users':
        users = frame.users.slice();
        renderUsers();
        view.system(t.usersLine(frame.users));
        break;
      case 'error':
        if (!$('chat-view').hidden) {
          view.system(t.errorLine(frame.code, frame.message), 'error');
        }
        break;
      default:
        break;
    }
  },
  queued(cid, frame) {
    if (cid) {
      view.queued(cid, frame, state.name === 'online');
    }
  },
  acked(cid, id) {
    view.acked(cid, id);
  },
  failed(cid, error) {
    view.failed(cid, error);
  },
};

function closed(next) {
  if ($('chat-view').hidden) {
    showView(false); // the first connection failed: say why on the form
    showJoinError(next.reason);
    $('nick').focus();
  } else if (next.reason === QUIT) {
    view.system(t.leftChat);
    showView(false);
    $('nick').focus();
  } else {
    view.system(t.closedBecause(next.reason), 'error');
  }
}

// ---- The people list ----

function addUser(nick) {
  if (!users.some((user) => user.toLowerCase() === nick.toLowerCase())) {
    users.push(nick);
    users.sort((a, b) => {
      const x = a.toLowerCase();
      const y = b.toLowerCase();
      return x < y ? -1 : x > y ? 1 : 0;
    });
  }
  renderUsers();
}

function renderUsers() {
  const list = $('users');
  list.replaceChildren(...users.map((nick) => {
    const li = document.createElement('li');
    li.dataset.nick = nick;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'user';
    button.setAttribute('aria-label', t.whisperTo(nick));
    button.title = t.whisperTo(nick);
    const avatar = document.createElement('span');
    avatar.className = `avatar c${nickColour(nick)}`;
    avatar.textContent = nick.charAt(0).toUpperCase();
    avatar.setAttribute('aria-hidden', 'true');
    const name = document.createElement('span');
    name.className = 'name';
    name.textContent = nick;
    button.append(avatar, name);
    if (view.me && nick.toLowerCase() === view.me.toLowerCase()) {
      const you = document.createElement('span');
      you.className = 'you';
      you.textContent = t.you;
      button.append(you);
    }
    button.addEventListener('click', () => whisperTo(nick));
    li.append(button);
    return li;
  }));
  $('users-toggle-text').textContent = t.usersCount(users.length);
}

function whisperTo(nick) {
  const input = $('message');
  const rest = input.value.replace(/^\/msg\s+\S+\s*/, '');
  input.value = `/msg ${nick} ${rest}`;
  setUsersOpen(false);
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
  grow();
}

function setUsersOpen(open) {
  document.body.classList.toggle('users-open', open);
  $('users-toggle').setAttribute('aria-expanded', String(open));
}

// ---- The composer ----

function submit(event) {
  event.preventDefault();
  const input = $('message');
  const line = input.value;
  if (!line.trim() || !chat) {
    return;
  }
  if (state.name === 'closed') {
    view.system(t.closedBecause(state.reason), 'error'); // nothing is sent any more: Leave, then join again
    return;
  }
  const frame = command(line);
  if (frame === undefined) {
    return; // a usage message was shown; the line stays to be corrected
  }
  if (frame !== null && !chat.send(frame)) {
    view.system(t.outboxFull, 'warn');
    return;
  }
  input.value = '';
  grow();
}

/** The frame a typed line asks for; null when handled here (quit); undefined after a usage message. */
function command(line) {
  if (!line.startsWith('/')) {
    return { type: 'say', text: line };
  }
  const [word] = line.split(/\s/, 1);
  if (word === '/msg') {
    const match = /^\/msg\s+(\S+)\s+([\s\S]+)$/.exec(line);
    if (!match || !match[2].trim()) {
      view.system(t.usageMsg, 'warn');
      return undefined;
    }
    return { type: 'whisper', to: match[1], text: match[2] };
  }
  if (word === '/who') {
    return { type: 'who' };
  }
  if (word === '/quit') {
    chat.quit();
    return null;
  }
  view.system(t.unknownCommand(word), 'warn');
  return undefined;
}

function grow() {
  const input = $('message');
  input.style.height = 'auto';
  input.style.height = `${Math.min(input.scrollHeight + 2, 160)}px`;
  input.style.overflowY = input.scrollHeight + 2 > 160 ? 'auto' : 'hidden';
}

// ---- The connection state ----

function renderStatus() {
  clearInterval(countdown);
  countdown = null;
  $('reconnect-now').hidden = state.name !== 'reconnecting';
  const text = $('status-text');
  switch (state.name) {
    case 'connecting':
      text.textContent = t.stateConnecting;
      break;
    case 'online':
      text.textContent = t.stateOnline(state.nick);
      break;
    case 'reconnecting': {
      const tick = () => {
        const left = Math.max(0, state.until - performance.now()) / 1000;
        text.textContent = t.stateReconnecting(left.toFixed(1), state.attempt);
      };
      tick();
      countdown = setInterval(tick, 100);
      break;
    }
    default:
      text.textContent = t.stateClosed;
  }
}

function switchLanguage() {
  lang = lang === 'en' ? 'es' : 'en';
  rememberLanguage(lang);
  applyLanguage();
}

function applyLanguage() {
  t = strings(lang);
  translatePage(document, lang);
  $('lang').lang = lang === 'en' ? 'es' : 'en'; // the button names the other language, in that language
  view.setLanguage(lang, t);
  renderUsers();
  renderStatus();
  if ($('chat-view').hidden) {
    $('join').textContent = $('join').disabled ? t.joining : t.join;
  }
}

// ---- Wiring ----

$('join-form').addEventListener('submit', join);
$('composer').addEventListener('submit', submit);
$('message').addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    submit(event);
  }
});
$('message').addEventListener('input', grow);
$('lang').addEventListener('click', switchLanguage);
$('leave').addEventListener('click', () => {
  if (state.name === 'closed') {
    showView(false); // closed already (refused by the server): back to the form
    $('nick').focus();
  } else if (chat) {
    chat.quit();
  }
});
$('reconnect-now').addEventListener('click', () => chat && chat.reconnectNow());
$('users-toggle').addEventListener('click', () => setUsersOpen(!document.body.classList.contains('users-open')));
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && document.body.classList.contains('users-open')) {
    setUsersOpen(false);
    $('users-toggle').focus();
  }
});

applyLanguage();
grow();
showView(false);
$('nick').focus();
