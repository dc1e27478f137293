package dev.newsmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Nothing mutable escapes: lists handed out are unmodifiable, inputs are copied. */
class ImmutabilityTest {

  static Stream<List<?>> everyListOfTheFullArticle() {
    Article a = TestArticles.full();
    return Stream.of(a.bylines(), a.tags(), a.body(), a.media(), a.sources(), a.quotes(),
        a.claims(), a.provenance().warnings(), a.provenance().removed(),
        a.sources().get(0).mentions(), a.claims().get(1).quotes(), a.claims().get(0).quantities());
  }

  @ParameterizedTest
  @MethodSource("everyListOfTheFullArticle")
  @SuppressWarnings({"unchecked", "rawtypes"})
  void handedOutListsCannotBeModified(List list) {
    assertThat(list).isNotEmpty();
    Object first = list.get(0);
    assertThatThrownBy(() -> list.add(first)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.set(0, first)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void changingTheBuilderAfterBuildDoesNotChangeTheArticle() {
    Article.Builder builder = TestArticles.fullBuilder();
    Article built = builder.build();
    Article copy = TestArticles.full();
    builder.headline("Changed").addTag("changed").addByline(Byline.of("Someone Else"))
        .addBlock(Block.paragraph("p9", "More text.")).provenance(Provenance.of("other"));
    assertThat(built).isEqualTo(copy);
    assertThat(built.tags()).containsExactly("ports", "labour");
    assertThat(built.body()).hasSize(3);
  }

  @Test
  void changingTheCallersListsAfterBuildDoesNotChangeTheArticle() {
    List<String> tags = new ArrayList<>(List.of("ports"));
    List<Block> body = new ArrayList<>(List.of(Block.paragraph("p1", "Text.")));
    Article viaBuilder = Article.builder().tags(tags).body(body).build();
    Article viaConstructor = new Article(null, null, null, null, null, new ArrayList<>(), null, null,
        null, null, null, tags, body, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
        new ArrayList<>(), Provenance.of("manual"));
    tags.add("labour");
    body.add(Block.paragraph("p2", "More."));
    assertThat(viaBuilder.tags()).containsExactly("ports");
    assertThat(viaBuilder.body()).hasSize(1);
    assertThat(viaConstructor.tags()).containsExactly("ports");
    assertThat(viaConstructor.body()).hasSize(1);
  }

  @Test
  void changingTheCallersListsOfNestedRecordsDoesNotChangeThem() {
    List<Mention> mentions = new ArrayList<>(List.of(new Mention("p1", 0, 3, "The")));
    Source.Builder sourceBuilder = Source.builder("s", "S", SourceKind.PERSON).mentions(mentions);
    Source source = sourceBuilder.build();
    Source direct = new Source("s", "S", SourceKind.PERSON, false, null, null, null, mentions);
    mentions.add(new Mention("p1", 4, 7, "cat"));
    sourceBuilder.addMention(new Mention("p1", 8, 9, "x"));
    assertThat(source.mentions()).hasSize(1);
    assertThat(direct.mentions()).hasSize(1);

    List<String> quoteIds = new ArrayList<>(List.of("q1"));
    Claim.Builder claimBuilder = Claim.builder("c").text("x").quotes(quoteIds).span("p1", 0, 1);
    Claim claim = claimBuilder.build();
    quoteIds.add("q2");
    claimBuilder.addQuote("q3");
    assertThat(claim.quotes()).containsExactly("q1");

    List<String> warnings = new ArrayList<>(List.of("w"));
    Provenance provenance = new Provenance("p", warnings, List.of());
    warnings.add("w2");
    assertThat(provenance.warnings()).containsExactly("w");
  }

  @Test
  void toBuilderMakesAnIndependentCopy() {
    Article original = TestArticles.full();
    Consumer<Article.Builder> edit = b -> b.headline("Edited").tags(List.of("other"));
    Article.Builder builder = original.toBuilder();
    edit.accept(builder);
    Article edited = builder.build();
    assertThat(edited.headline()).isEqualTo("Edited");
    assertThat(original).isEqualTo(TestArticles.full());
    assertThat(original.toBuilder().build()).isEqualTo(original);
  }
}
