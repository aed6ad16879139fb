package dev.allocpath.facts;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds records with every component set to a value no other component has (lists of two,
 * nested records filled the same way), found by reflection. A test that copies or stores facts
 * by hand compares such a record with its copy: a component added later but not copied comes
 * back empty and fails the comparison.
 */
public final class RecordFiller {
  private int next = 1;

  @SuppressWarnings("unchecked")
  public <T> T record(Class<T> type) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = value(components[i].getGenericType());
    }
    try {
      return (T) type.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(type + ": " + e, e);
    }
  }

  private Object value(Type type) {
    if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
      List<Object> items = new ArrayList<>();
      items.add(value(list.getActualTypeArguments()[0]));
      items.add(value(list.getActualTypeArguments()[0]));
      return items;
    }
    Class<?> raw = (Class<?>) type;
    int n = next++;
    if (raw == String.class) {
      return "s" + n + (n % 3 == 0 ? " \u00e9\u4e2d" : "");
    }
    if (raw == int.class) {
      return n % 4 == 0 ? -n : n * 1000;
    }
    if (raw == boolean.class) {
      return true;
    }
    if (raw == Long.class) {
      return n % 2 == 0 ? -7_000_000_000L * n : (long) n; // beyond int range, and negative
    }
    if (raw.isEnum()) {
      Object[] constants = raw.getEnumConstants();
      return constants[n % constants.length];
    }
    if (raw.isRecord()) {
      return record(raw);
    }
    throw new IllegalStateException("no test value for " + type);
  }
}
