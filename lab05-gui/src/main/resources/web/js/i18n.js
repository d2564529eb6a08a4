// The page's two languages. The first visit follows navigator.language; the toggle's choice is remembered.

const STRINGS = {
  en: {
    title: 'ChatLab',
    tagline: 'The lab04 chat, in your browser',
    joinHeading: 'Join the chat',
    nick: 'Nick',
    nickHint: '1–16 letters, digits, _ or -',
    password: 'Password',
    passwordHint: 'Only if the server has accounts',
    join: 'Join',
    joining: 'Joining…',
    viaGateway: 'Frames go through this gateway to the chat server, over TLS.',
    switchLanguage: 'ES',
    switchLanguageLabel: 'Español (cambiar el idioma)',
    leave: 'Leave',
    users: 'People',
    usersCount: (n) => `People (${n})`,
    you: 'you',
    whisperTo: (nick) => `Whisper to ${nick}`,
    messageLabel: 'Message',
    messagePlaceholder: 'Write a message…',
    send: 'Send',
    composerHint: 'Enter sends · Shift+Enter adds a line · /msg nick text whispers · /who lists people',
    messages: 'Messages',
    stateConnecting: 'Connecting…',
    stateOnline: (nick) => `Online as ${nick}`,
    stateReconnecting: (seconds, attempt) => `Connection lost; reconnecting in ${seconds} s (attempt ${attempt})`,
    stateClosed: 'Offline',
    reconnectNow: 'Reconnect now',
    pending: 'sending…',
    queued: 'waiting for the connection…',
    delivered: 'delivered',
    failed: (why) => `not delivered: ${why}`,
    whisperReceived: 'whispers to you',
    whisperSent: (nick) => `whisper to ${nick}`,
    connectedAs: (nick, users) => `Connected as ${nick} (${users.length} ${users.length === 1 ? 'person' : 'people'}: ${users.join(', ')})`,
    joined: (nick) => `${nick} joined`,
    left: (nick, reason) => `${nick} left (${({ bye: 'bye', disconnect: 'disconnected', timeout: 'timed out', slow: 'too slow' })[reason] || reason})`,
    usersLine: (users) => `People here: ${users.join(', ')}`,
    lost: 'Connection lost; reconnecting…',
    resumed: (missed) => `Reconnected (resumed; ${missed} missed ${missed === 1 ? 'message' : 'messages'})`,
    expired: 'Reconnected (session expired; joined again)',
    gap: 'Some messages were missed',
    errorLine: (code, message) => `${code}: ${message}`,
    outboxFull: 'Too many messages are waiting; try again in a moment.',
    leftChat: 'You left the chat.',
    closedBecause: (reason) => `Disconnected: ${reason}`,
    unknownCommand: (command) => `Unknown command ${command}; try /msg nick text or /who`,
    usageMsg: 'Usage: /msg nick text',
    empty: 'No messages yet. Say hello!',
  },
  es: {
    title: 'ChatLab',
    tagline: 'El chat de lab04, en tu navegador',
    joinHeading: 'Entra en el chat',
    nick: 'Apodo',
    nickHint: 'De 1 a 16 letras, dígitos, _ o -',
    password: 'Contraseña',
    passwordHint: 'Solo si el servidor tiene cuentas',
    join: 'Entrar',
    joining: 'Entrando…',
    viaGateway: 'Los mensajes pasan por esta pasarela hasta el servidor del chat, con TLS.',
    switchLanguage: 'EN',
    switchLanguageLabel: 'English (switch language)',
    leave: 'Salir',
    users: 'Personas',
    usersCount: (n) => `Personas (${n})`,
    you: 'tú',
    whisperTo: (nick) => `Susurrar a ${nick}`,
    messageLabel: 'Mensaje',
    messagePlaceholder: 'Escribe un mensaje…',
    send: 'Enviar',
    composerHint: 'Intro envía · Mayús+Intro añade una línea · /msg apodo texto susurra · /who lista personas',
    messages: 'Mensajes',
    stateConnecting: 'Conectando…',
    stateOnline: (nick) => `Conectado como ${nick}`,
    stateReconnecting: (seconds, attempt) => `Conexión perdida; reconectando en ${seconds} s (intento ${attempt})`,
    stateClosed: 'Desconectado',
    reconnectNow: 'Reconectar ya',
    pending: 'enviando…',
    queued: 'esperando la conexión…',
    delivered: 'entregado',
    failed: (why) => `no entregado: ${why}`,
    whisperReceived: 'te susurra',
    whisperSent: (nick) => `susurro a ${nick}`,
    connectedAs: (nick, users) => `Conectado como ${nick} (${users.length} ${users.length === 1 ? 'persona' : 'personas'}: ${users.join(', ')})`,
    joined: (nick) => `${nick} ha entrado`,
    left: (nick, reason) => `${nick} ha salido (${({ bye: 'adiós', disconnect: 'desconexión', timeout: 'tiempo agotado', slow: 'demasiado lento' })[reason] || reason})`,
    usersLine: (users) => `Aquí están: ${users.join(', ')}`,
    lost: 'Conexión perdida; reconectando…',
    resumed: (missed) => `Reconectado (sesión reanudada; ${missed} ${missed === 1 ? 'mensaje perdido' : 'mensajes perdidos'})`,
    expired: 'Reconectado (la sesión caducó; has entrado de nuevo)',
    gap: 'Se han perdido algunos mensajes',
    errorLine: (code, message) => `${code}: ${message}`,
    outboxFull: 'Hay demasiados mensajes esperando; inténtalo en un momento.',
    leftChat: 'Has salido del chat.',
    closedBecause: (reason) => `Desconectado: ${reason}`,
    unknownCommand: (command) => `Orden desconocida ${command}; prueba /msg apodo texto o /who`,
    usageMsg: 'Uso: /msg apodo texto',
    empty: 'Aún no hay mensajes. ¡Saluda!',
  },
};

const STORAGE_KEY = 'chatlab.lang';

/** The language to start with: the remembered choice, else the browser's, else English. */
export function initialLanguage() {
  let stored = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // storage disabled: follow the browser
  }
  if (stored && STRINGS[stored]) {
    return stored;
  }
  return (navigator.language || 'en').toLowerCase().startsWith('es') ? 'es' : 'en';
}

export function rememberLanguage(lang) {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // storage disabled: the choice lasts until the page is reloaded
  }
}

/** The strings of `lang`; each is a text, or a function of its parameters. */
export function strings(lang) {
  return STRINGS[lang] || STRINGS.en;
}

/** Fills every [data-i18n] element's text, and [data-i18n-placeholder] / [data-i18n-label] attributes. */
export function translatePage(root, lang) {
  const t = strings(lang);
  root.documentElement.lang = lang;
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t[el.dataset.i18n]; });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t[el.dataset.i18nPlaceholder]; });
  root.querySelectorAll('[data-i18n-label]').forEach((el) => { el.setAttribute('aria-label', t[el.dataset.i18nLabel]); });
}
