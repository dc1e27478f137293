package dev.newsmodel.cli;

import java.nio.file.Path;

/**
 * The run's output file cannot be opened, read back or written (full disk, no permission, not a
 * file): the run stops with exit code 4 ({@link Main#OUTPUT_FAILED}) and this message, which
 * names the file.
 */
final class OutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  OutputException(Path file, String what, Throwable cause) {
    super("cannot " + what + " " + file + ": " + reason(cause), cause);
  }

  OutputException(Path file, String message) {
    super(file + ": " + message);
  }

  private static String reason(Throwable e) {
    String message = e.getMessage();
    String type = e.getClass().getSimpleName();
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return message == null ? type : message;
  }
}
