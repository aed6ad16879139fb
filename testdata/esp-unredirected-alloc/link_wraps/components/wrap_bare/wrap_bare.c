char *__real_strdup(const char *s);

char *__wrap_strdup(const char *s)
{
    return __real_strdup(s);
}
