/**
 * Joining a chat from the desktop: the connect dialog's form and its checks
 * ({@link dev.chatlab.lab05.connect.ConnectForm}, {@link dev.chatlab.lab05.connect.ConnectRequest}), what is
 * remembered between runs ({@link dev.chatlab.lab05.connect.ConnectPrefs}, java.util.prefs), and lab04's
 * reconnecting client opened off the EDT ({@link dev.chatlab.lab05.connect.ChatConnection}) on lab03's TLS
 * connector, which {@link dev.chatlab.lab05.connect.SecuredConnector} watches for the TLS version and the
 * server certificate's fingerprint.
 */
package dev.chatlab.lab05.connect;
