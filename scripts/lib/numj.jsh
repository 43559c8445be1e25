// JShell start-up for NumJ (scripts/jshell loads it after JShell's DEFAULT imports): the imports of
// docs/getting-started.md, so its examples run as written and array(1, 2, 3).mul(2) is a first line that works.
// Random is NumJ's generator (np.random) here; java.util.Random is still there by its full name.
import dev.numj.*;
import static dev.numj.NumJ.*;
import dev.numj.linalg.*;
import dev.numj.io.*;
import static dev.numj.io.IO.*;
import dev.numj.random.Random;
import static dev.numj.random.Random.*;
