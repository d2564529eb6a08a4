package dev.chatlab.relay.cli;

import dev.chatlab.relay.action.TimedAction;
import dev.chatlab.relay.script.ScriptParser;
import dev.chatlab.relay.script.ScriptSyntaxException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --script FILE} and parses it at once, so a script with an error never starts a relay. */
final class ScriptConverter implements ITypeConverter<ScriptConverter.Script> {

    /** A script file and its actions. */
    record Script(String file, List<TimedAction> actions) {
    }

    @Override
    public Script convert(String value) {
        try {
            return new Script(value, ScriptParser.read(Path.of(value)));
        } catch (IOException e) {
            throw new TypeConversionException("cannot read the script " + value + ": " + e);
        } catch (ScriptSyntaxException e) {
            throw new TypeConversionException(value + ": " + e.getMessage());
        }
    }
}
