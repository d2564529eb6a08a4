/**
 * The process contract that every lab's programs honour, graded the same way in every lab: exit status 2 for
 * bad usage, a server on 127.0.0.1 and its lab's default port unless told otherwise, SIGTERM with clients
 * connected. {@link dev.chatlab.grader.process.ProcessContractChecks} declares the checks once; each lab grades
 * them through a subclass that describes its command line with {@link dev.chatlab.grader.process.LabCommands}.
 */
package dev.chatlab.grader.process;
