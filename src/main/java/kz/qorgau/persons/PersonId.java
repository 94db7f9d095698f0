package kz.qorgau.persons;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;

/** The identity of a person record. Other modules keep it to refer to a person, never the person's data. */
public record PersonId(@JsonValue long value) implements Serializable {

    public PersonId {
        if (value <= 0) {
            throw new IllegalArgumentException("A person id is positive");
        }
    }

    @JsonCreator
    public static PersonId of(long value) {
        return new PersonId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
