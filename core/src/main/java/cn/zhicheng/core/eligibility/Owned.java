package cn.zhicheng.core.eligibility;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list over the first {@code size} elements of an array that the list owns: whoever made the array
 * hands it over and never changes or reads it again. It spares the copy {@code List.of} and {@code List.copyOf}
 * make of an array built for one finding or one message; equal to any list of the same elements.
 */
final class Owned<E> extends AbstractList<E> implements RandomAccess {

    private final Object[] elements;
    private final int size;

    private Owned(Object[] elements, int size) {
        this.elements = elements;
        this.size = size;
    }

    /** The array's first {@code size} elements, none of them null; the array is the list's from now on. */
    static <E> List<E> of(Object[] elements, int size) {
        if (size == 0) {
            return List.of();
        }
        if (size < 0 || size > elements.length) {
            throw new IndexOutOfBoundsException(size);
        }
        for (int i = 0; i < size; i++) {
            if (elements[i] == null) {
                throw new NullPointerException("element " + i + " is null");
            }
        }
        return new Owned<>(elements, size);
    }

    /** The whole array as a list, which owns it from now on. */
    static <E> List<E> of(Object[] elements) {
        return of(elements, elements.length);
    }

    private static final List<Object> EMPTY = List.of();
    /** The class of {@code List.of} with one or two elements, which never holds a null. */
    private static final Class<?> ONE_OR_TWO = List.of(EMPTY).getClass();

    /** The list as it is when it is immutable already (one of these, or one of {@code List.of}), else a copy. */
    static <E> List<E> copyOf(List<E> list) {
        // the lists of List.of most findings hold (none, a clause or two) are recognised before anything is asked
        return list == EMPTY || list.getClass() == ONE_OR_TWO || list instanceof Owned<E> ? list : List.copyOf(list);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return (E) elements[index];
    }

    @Override
    public int size() {
        return size;
    }
}
