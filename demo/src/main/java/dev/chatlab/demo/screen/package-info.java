/**
 * What the viewer sees besides the kit's own windows: the caption bar, terminal windows for processes that
 * have none (console clients, the server's log, an eavesdropper's capture), name tags, the layout on a
 * 1280x720 screen, and the EDT-safe lookups that drive lab05's windows by component name.
 */
package dev.chatlab.demo.screen;
