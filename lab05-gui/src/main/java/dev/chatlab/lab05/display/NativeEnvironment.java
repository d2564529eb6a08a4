package dev.chatlab.lab05.display;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.Objects;

/**
 * Sets a variable in this process's own C environment, where AWT's X11 code reads {@code DISPLAY}
 * ({@code XOpenDisplay(NULL)}); Java itself can only set variables for child processes. It calls libc's
 * {@code setenv} through the Foreign Function and Memory API, final since JDK 22, looked up by reflection so
 * that the kit still compiles for Java 21. On JDK 21 it fails with a message: set DISPLAY yourself there.
 */
final class NativeEnvironment {

    private NativeEnvironment() {
    }

    /**
     * {@code setenv(name, value, 1)}.
     *
     * @throws IOException if this JDK has no FFM API or the call fails
     */
    static void set(String name, String value) throws IOException {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (Runtime.version().feature() < 22) {
            throw new IOException("DISPLAY is unset and Java " + Runtime.version().feature()
                    + " cannot set it for its own AWT (Java 22 or newer can); run under xvfb-run, or export DISPLAY");
        }
        try {
            Class<?> linkerClass = Class.forName("java.lang.foreign.Linker");
            Class<?> layoutClass = Class.forName("java.lang.foreign.MemoryLayout");
            Class<?> valueLayout = Class.forName("java.lang.foreign.ValueLayout");
            Class<?> descriptorClass = Class.forName("java.lang.foreign.FunctionDescriptor");
            Class<?> arenaClass = Class.forName("java.lang.foreign.Arena");
            Class<?> segmentClass = Class.forName("java.lang.foreign.MemorySegment");
            Class<?> optionClass = Class.forName("java.lang.foreign.Linker$Option");
            Object linker = linkerClass.getMethod("nativeLinker").invoke(null);
            Object lookup = linkerClass.getMethod("defaultLookup").invoke(linker);
            Object symbol = ((java.util.Optional<?>) Class.forName("java.lang.foreign.SymbolLookup").getMethod("find", String.class)
                    .invoke(lookup, "setenv")).orElseThrow(() -> new IOException("libc has no setenv"));
            Object address = valueLayout.getField("ADDRESS").get(null);
            Object javaInt = valueLayout.getField("JAVA_INT").get(null);
            Object layouts = Array.newInstance(layoutClass, 3);
            Array.set(layouts, 0, address);
            Array.set(layouts, 1, address);
            Array.set(layouts, 2, javaInt);
            Object descriptor = descriptorClass.getMethod("of", layoutClass, layouts.getClass())
                    .invoke(null, javaInt, layouts);
            Method downcall = linkerClass.getMethod("downcallHandle", segmentClass, descriptorClass,
                    optionClass.arrayType());
            MethodHandle setenv = (MethodHandle) downcall.invoke(linker, symbol, descriptor,
                    Array.newInstance(optionClass, 0));
            try (AutoCloseable arena = (AutoCloseable) arenaClass.getMethod("ofConfined").invoke(null)) {
                Method allocate = arenaClass.getMethod("allocateFrom", String.class);
                Object result = setenv.invoke(allocate.invoke(arena, name), allocate.invoke(arena, value), 1);
                if ((Integer) result != 0) {
                    throw new IOException("setenv(" + name + ") failed");
                }
            }
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException("cannot set " + name + " for this JVM's AWT: " + e, e);
        }
    }
}
