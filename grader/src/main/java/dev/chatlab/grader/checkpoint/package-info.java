/**
 * A handout's checkpoints as data: for each task of a lab, in the handout's order, its solution regions, the
 * module's test classes that pass once it is done, and the grader checks that pass from it on. One JSON file per
 * lab ({@code docs/checkpoints/labNN.json}) holds them; {@link dev.chatlab.grader.checkpoint.CheckpointBlocks}
 * renders each checkpoint into the handout, between markers, so that the handout says what the data says and
 * the grader's own tests prove the data against the starter kit, one stage at a time.
 */
package dev.chatlab.grader.checkpoint;
