package dev.newsmodel.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The attribution module reads text only: it needs core and nothing that parses HTML. */
class ModuleBoundaryTest {
  @Test
  void requiresCoreOnlyAndExportsOnePackage() throws IOException {
    // Read from the compiled module-info: the tests themselves run on the class path.
    ModuleDescriptor descriptor;
    Path classes = Path.of(URI.create(Attributor.class.getProtectionDomain().getCodeSource().getLocation().toString()));
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    assertThat(descriptor.name()).isEqualTo("dev.newsmodel.attribution");
    Set<String> requires = descriptor.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
    assertThat(requires).containsExactlyInAnyOrder("java.base", "dev.newsmodel.core");
    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("dev.newsmodel.attribution");
    assertThat(descriptor.uses()).containsExactly(AttributionEngine.class.getName());
    assertThat(descriptor.provides()).singleElement()
        .satisfies(p -> assertThat(p.providers()).containsExactly("dev.newsmodel.attribution.en.EnglishEngine"));
  }
}
