/**
 * The desktop client in English and Spanish: {@link dev.chatlab.lab05.i18n.Messages} reads the
 * {@code messages} resource bundle of this package, {@link dev.chatlab.lab05.i18n.Language} picks the bundle
 * from {@code --lang} or the OS locale. No text the user reads is written anywhere else.
 */
package dev.chatlab.lab05.i18n;
