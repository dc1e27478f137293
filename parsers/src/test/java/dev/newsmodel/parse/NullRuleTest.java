package dev.newsmodel.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.Article;
import dev.newsmodel.attribution.Attributor;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The Optional-versus-null rule of the API (the {@code dev.newsmodel} package Javadoc), checked
 * over the public classes of the exported packages of core, attribution and parsers: a public
 * method may return {@code @Nullable} only as a record's accessor, a {@code ...OrNull}
 * conversion, or the accessor of a value a class was made with (listed here).
 */
class NullRuleTest {
  /** Accessors of values a class was made with: carried values, not lookups. */
  private static final Set<String> CARRIED = Set.of(
      "dev.newsmodel.InvalidArticleException.value",
      "dev.newsmodel.attribution.Attributor.defaultLanguage",
      "dev.newsmodel.parse.Page.url",
      // A check that hands back the (nullable) value it was given, stripped: null in, null out.
      "dev.newsmodel.parse.Page.checkUrl");

  @Test
  void noPublicMethodOfTheApiReturnsNullForNothingFound() throws Exception {
    List<String> offenders = new ArrayList<>();
    for (Class<?> anchor : List.of(Article.class, Attributor.class, Page.class)) {
      for (String name : classNames(anchor)) {
        Class<?> type = Class.forName(name, false, anchor.getClassLoader());
        if (!Modifier.isPublic(type.getModifiers()) || !exported(type.getPackageName())) {
          continue;
        }
        for (Method method : type.getDeclaredMethods()) {
          if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()
              && method.getAnnotatedReturnType().isAnnotationPresent(Nullable.class)
              && !allowed(type, method)) {
            offenders.add(type.getName() + "." + method.getName());
          }
        }
      }
    }
    assertThat(offenders).as("public methods returning @Nullable that should return Optional").isEmpty();
  }

  @Test
  void theCheckSeesTheApisNullableAccessors() throws Exception {
    // The scan must find what it exempts, or it checks nothing.
    Method url = Article.class.getMethod("url");
    assertThat(url.getAnnotatedReturnType().isAnnotationPresent(Nullable.class)).isTrue();
    assertThat(classNames(Page.class)).contains("dev.newsmodel.parse.html.Texts", "dev.newsmodel.parse.wire.WireAgencies");
    assertThat(classNames(Article.class)).contains("dev.newsmodel.Quote", "dev.newsmodel.export.ExporterRegistry");
  }

  private static boolean exported(String packageName) {
    return !packageName.contains(".internal") && !packageName.equals("dev.newsmodel.attribution.en");
  }

  private static boolean allowed(Class<?> type, Method method) {
    if (type.isRecord() && method.getParameterCount() == 0
        && Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).anyMatch(method.getName()::equals)) {
      return true;
    }
    return method.getName().endsWith("OrNull") || CARRIED.contains(type.getName() + "." + method.getName());
  }

  /** The classes (top-level and nested) of the jar or directory the anchor was loaded from. */
  private static List<String> classNames(Class<?> anchor) throws IOException, URISyntaxException {
    Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        files.map(location::relativize).map(Path::toString).filter(f -> f.endsWith(".class"))
            .forEach(f -> names.add(className(f.replace(java.io.File.separatorChar, '/'))));
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
          String f = e.nextElement().getName();
          if (f.endsWith(".class")) {
            names.add(className(f));
          }
        }
      }
    }
    names.removeIf(n -> !n.startsWith("dev.newsmodel.") || n.endsWith("module-info") || n.endsWith("package-info"));
    return names;
  }

  private static String className(String file) {
    return file.substring(0, file.length() - ".class".length()).replace('/', '.');
  }
}
