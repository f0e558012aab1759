package io.slarules.internal.json;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Jackson sees only what a type marks with {@code @JsonProperty}: a derived method
 * ({@code isZero()}, {@code isLate()}, {@code provisional()}) never leaks as a property, whatever
 * the caller's {@code ObjectMapper} is configured to detect. Absent values are written as
 * {@code null}, whatever the mapper's default inclusion, so every documented field is always there.
 *
 * <p>Not for users; see the package description.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonAutoDetect(fieldVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
        creatorVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.ALWAYS)
public @interface JsonExplicit {
}
