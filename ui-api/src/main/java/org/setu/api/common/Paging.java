package org.setu.api.common;

import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;
import org.setu.kernel.query.Page;

/** Page parameters: page from 0, size 1-100 (default 20); anything else is a 400 naming the parameter. */
public final class Paging {

    public static final int DEFAULT_SIZE = 20;

    private Paging() {
    }

    public static int page(Integer page) {
        if (page == null) {
            return 0;
        }
        if (page < 0 || page > 100_000) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "page", "page must be between 0 and 100000");
        }
        return page;
    }

    public static int size(Integer size) {
        if (size == null) {
            return DEFAULT_SIZE;
        }
        if (size < 1 || size > Page.MAX_SIZE) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "size", "size must be between 1 and " + Page.MAX_SIZE);
        }
        return size;
    }
}
