package com.example.citydesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.Article;
import dev.newsmodel.attribution.Attributor;
import dev.newsmodel.parse.ArticleParser;
import dev.newsmodel.testing.SampleArticles;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a user gets in each newsmodel jar this project resolved (through the imported BOM): the
 * licence and notice in {@code META-INF}, and a manifest naming the artifact and its version.
 */
class ReleaseArtifactsTest {

  @ParameterizedTest
  @ValueSource(classes = {Article.class, Attributor.class, ArticleParser.class, SampleArticles.class})
  void everyJarCarriesTheLicenceTheNoticeAndItsVersion(Class<?> type) throws IOException, URISyntaxException {
    Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertTrue(jar.getFileName().toString().endsWith(".jar"), "not from a jar: " + jar);

    try (JarFile file = new JarFile(jar.toFile())) {
      String license = read(file, "META-INF/LICENSE");
      assertTrue(license.contains("Apache License") && license.contains("Version 2.0, January 2004")
          && license.contains("END OF TERMS AND CONDITIONS"), jar + ": not the Apache-2.0 text");
      assertTrue(read(file, "META-INF/NOTICE").startsWith("newsmodel\n"), jar + ": NOTICE");

      Attributes manifest = file.getManifest().getMainAttributes();
      String expectedVersion = System.getProperty("newsmodel.version");
      assertNotNull(expectedVersion, "the build passes newsmodel.version");
      assertEquals(expectedVersion, manifest.getValue("Implementation-Version"), jar.toString());
      String title = manifest.getValue("Implementation-Title");
      assertTrue(title != null && title.startsWith("newsmodel "), jar + ": title " + title);
    }
  }

  private static String read(JarFile file, String name) throws IOException {
    ZipEntry entry = file.getEntry(name);
    assertNotNull(entry, file.getName() + ": no " + name);
    try (InputStream in = file.getInputStream(entry)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
