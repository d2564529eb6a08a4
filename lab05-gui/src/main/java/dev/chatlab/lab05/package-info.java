/** lab05's commands: the desktop client and the browser gateway, both on lab04's client library. */
package dev.chatlab.lab05;
