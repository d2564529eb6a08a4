/**
 * {@code report}: a technical report skeleton assembled from one checkout's own measurements. The readers
 * ({@link dev.chatlab.grader.studentreport.GraderScores} for the grader's {@code results.json},
 * {@link dev.chatlab.grader.studentreport.BenchResults} for bench's JSON and plots,
 * {@link dev.chatlab.grader.studentreport.HandoutExcerpts} for the diagrams and comparison tables of the kit's
 * handouts) gather what exists and note what does not; {@link dev.chatlab.grader.studentreport.ReportSkeleton}
 * and {@link dev.chatlab.grader.studentreport.ResultTables} write the Markdown in the
 * {@link dev.chatlab.grader.studentreport.ReportLanguage} asked for; {@link dev.chatlab.grader.studentreport.SkeletonFolder}
 * guards the output folder and writes it; {@link dev.chatlab.grader.studentreport.ReportCommand} is the command
 * line. No figure is made up: a measurement that is missing becomes a note that names the command producing it.
 */
package dev.chatlab.grader.studentreport;
