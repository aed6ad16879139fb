int net_core_ready(void)
{
    return 1;
}
