/**
 * lab04's additions to chat/1, with no sockets and no threads: the frames it adds as records behind two
 * sealed interfaces ({@link dev.chatlab.lab04.protocol.ReconnectClientFrame},
 * {@link dev.chatlab.lab04.protocol.ReconnectServerFrame}) and their codecs, which read and write lab04's own
 * fields and hand everything else to lab02's codecs. Keeping them here, not in lab02, is what keeps lab02's
 * and lab03's servers answering {@code UNKNOWN_TYPE} to {@code resume} and {@code pong}.
 */
package dev.chatlab.lab04.protocol;
