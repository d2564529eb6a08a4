package dev.chatlab.grader.sandbox;

/**
 * The limits of every process a submission runs under {@code --sandbox process}, and of its build.
 *
 * @param memoryMegabytes a {@code java -jar}'s heap ({@code -Xmx}); any other command gets four times as much
 *                        address space, since address space counts every mapping, not only what is used
 * @param cpuSeconds      CPU time of one process under test; its build gets its build timeout in CPU seconds
 * @param processes       how many processes and threads the user may have above what it had when grading began
 *                        (the kernel counts them per user, not per tree; it does not count them for root)
 */
public record ProcessLimits(int memoryMegabytes, int cpuSeconds, int processes) {

    /** 512 MiB of heap, 120 s of CPU, 1024 more processes: room for any lab, none for a fork bomb. */
    public static final ProcessLimits DEFAULT = new ProcessLimits(512, 120, 1024);

    public ProcessLimits {
        if (memoryMegabytes < 16 || cpuSeconds < 1 || processes < 16) {
            throw new IllegalArgumentException("Limits too small to run a JVM: " + memoryMegabytes + " MiB, "
                    + cpuSeconds + " s of CPU, " + processes + " processes");
        }
    }

    /** The address space of a command other than {@code java -jar}, in bytes. */
    long addressSpaceBytes() {
        return 4L * memoryMegabytes * 1024 * 1024;
    }
}
