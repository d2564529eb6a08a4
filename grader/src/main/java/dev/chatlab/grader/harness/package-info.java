/**
 * The black-box harness: it starts the server and client under test as processes, talks to them over real
 * sockets on 127.0.0.1, plays a fake server for client checks, and records every byte and line exchanged
 * in a transcript. Every wait is bounded, and every failure reads "expected X, but got Y". Because it
 * needs nothing but the process contract, it grades a submission in any language.
 */
package dev.chatlab.grader.harness;
